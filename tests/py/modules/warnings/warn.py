# warnings: warn, filters, catch_warnings(record=True), and one printed warning.
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first warning")
    warnings.warn("deprecated!", DeprecationWarning)
    warnings.warn("custom", UserWarning, stacklevel=1)
print([(w.category.__name__, str(w.message)) for w in caught], caught[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised:", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silenced")
class MyWarning(Warning):
    pass
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("repeated", MyWarning)
print(len(caught), caught[0].category.__name__)
with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.filterwarnings("always", category=RuntimeWarning)
    warnings.warn("skip me")
    warnings.warn("runtime", RuntimeWarning)
    warnings.warn("runtime", RuntimeWarning)
print([str(w.message) for w in caught])
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
print("about to print a warning to stderr")
warnings.warn("this one goes to stderr")
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception))
