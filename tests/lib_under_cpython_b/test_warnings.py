import io
import warnings as real

from util import run_source, write_temp

# Each scenario runs once against our module and once against CPython's, in
# fresh globals (so each gets its own __warningregistry__), from a real file
# (so the source line can be quoted).  `w` is the module under test.
SCENARIOS = [
    # default action: once per location
    '''
w.resetwarnings(); w.simplefilter('default')
for i in range(3):
    w.warn("hello")
w.warn("hello", DeprecationWarning)
w.warn(UserWarning("instance"))
w.warn("cat", RuntimeWarning)
''',
    '''
w.resetwarnings(); w.simplefilter('always')
for i in range(2):
    w.warn("again")
''',
    '''
w.resetwarnings(); w.simplefilter('error')
try:
    w.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", type(e).__name__, e)
''',
    '''
w.resetwarnings(); w.simplefilter('ignore'); w.warn("silent")
w.simplefilter('error', UserWarning)
try:
    w.warn("x", DeprecationWarning)
    w.warn("y")
except UserWarning as e:
    print('err', e)
''',
    '''
w.resetwarnings(); w.simplefilter('module')
def f(): w.warn("m")
f(); f(); w.warn("m")
''',
    '''
w.resetwarnings(); w.simplefilter('once')
def f(): w.warn("o1")
f(); f(); w.warn("o1"); w.warn("o2")
''',
    '''
w.resetwarnings(); w.filterwarnings('error', message='bad')
w.filterwarnings('ignore', message='BAD thing')
try:
    w.warn("bad thing")
    w.warn("Bad idea")
except UserWarning as e:
    print('err', e)
w.warn("good")
''',
    '''
w.resetwarnings(); w.simplefilter('always')
def inner():
    w.warn("level2", stacklevel=2)
def outer():
    inner()
outer()
def deep(): w.warn("too deep", stacklevel=50)
deep()
''',
    '''
with w.catch_warnings(record=True) as log:
    w.simplefilter("always")
    w.warn("rec1")
    w.warn("rec2", SyntaxWarning)
print(len(log), [str(x.message) for x in log], [x.category.__name__ for x in log])
print([x.lineno for x in log], log[0].line, log[0].file)
print(str(log[0]).replace(log[0].filename, 'F'))
with w.catch_warnings():
    w.simplefilter("ignore")
    w.warn("hidden")
with w.catch_warnings(action="error"):
    try:
        w.warn("raised")
    except UserWarning as e:
        print("action error:", e)
print(repr(w.catch_warnings()), repr(w.catch_warnings(record=True)))
''',
    '''
print(w.formatwarning("msg", UserWarning, "file.py", 12))
print(w.formatwarning("msg", UserWarning, "file.py", 12, line="  the line  "))
import io
s = io.StringIO()
w.showwarning("msg2", RuntimeWarning, "f.py", 3, file=s, line="")
print(repr(s.getvalue()))
''',
    '''
w.resetwarnings(); w.simplefilter('always')
def my_show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)
old = w.showwarning
w.showwarning = my_show
w.warn("to custom")
with w.catch_warnings(record=True) as log:
    w.warn("recorded despite custom")
print(len(log))
w.warn("custom again")
w.showwarning = old
def my_format(message, category, filename, lineno, line=None):
    return "FMT %s %s\\n" % (message, category.__name__)
oldf = w.formatwarning
w.formatwarning = my_format
w.warn("formatted")
w.formatwarning = oldf
''',
    '''
for bad in [lambda: w.warn("x", 5), lambda: w.warn("x", int),
            lambda: w.simplefilter("bogus"), lambda: w.filterwarnings("error", category=int),
            lambda: w.filterwarnings("error", lineno=-1), lambda: w.filterwarnings("error", module=3),
            lambda: w.filterwarnings("error", category="x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
''',
    '''
w.resetwarnings()
w.simplefilter('error'); w.simplefilter('ignore', append=True); w.simplefilter('error')
print(len(w.filters), w.filters[0])
w.filterwarnings('default', module='mod', lineno=3)
print(w.filters[0][0], w.filters[0][3].pattern, w.filters[0][4])
w.resetwarnings(); print(w.filters)
''',
    '''
w.resetwarnings(); w.simplefilter('always')
w.warn_explicit("explicit", UserWarning, "some/file.py", 7)
reg = {}
w.simplefilter('default')
w.warn_explicit("explicit2", UserWarning, "x.py", 7, registry=reg)
w.warn_explicit("explicit2", UserWarning, "x.py", 7, registry=reg)
print(sorted(k for k in reg if k != 'version'))
w.filterwarnings('error', module='x$')
try:
    w.warn_explicit("explicit3", UserWarning, "x.py", 8)
except UserWarning as e:
    print('module match', e)
''',
]


def _scenario_output(mod, source, path):
    saved = (mod.filters[:], mod.showwarning, mod.formatwarning)
    g = {'__name__': 'scenario', 'w': mod}
    out, err, exc = run_source(source, g, filename=path)
    mod.filters[:] = saved[0]
    mod.showwarning, mod.formatwarning = saved[1], saved[2]
    mod._filters_mutated()
    return out, err.replace(path, 'FILE'), repr(exc)


def run(check, mine):
    check.eq('default filters', mine.filters, real.filters)
    for i, source in enumerate(SCENARIOS):
        path = write_temp(source)
        ours = _scenario_output(mine, source, path)
        theirs = _scenario_output(real, source, path)
        check.eq('scenario %d' % i, ours, theirs)
    check.eq('WarningMessage str',
             str(mine.WarningMessage('m', UserWarning, 'f', 1)),
             str(real.WarningMessage('m', UserWarning, 'f', 1)))
