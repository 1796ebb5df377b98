# ImportError and ModuleNotFoundError details.
try:
    import no_such_module_at_all
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_a.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg_a import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name, "cannot import name" in str(e))
try:
    from pkg_star import _nothing_here
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import pkg_a.util.deeper
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    exec("from . import anything")
except ImportError as e:
    print(type(e).__name__, e)
