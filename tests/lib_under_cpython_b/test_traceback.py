import traceback as real

from util import run_source, write_temp

# Shared prelude: helpers that raise, then print what `tb` (the module under
# test) makes of the exception.
PRELUDE = '''
import sys, io
def show(fn, **kw):
    try:
        fn()
    except BaseException as e:
        out = io.StringIO()
        tb.print_exc(file=out, **kw)
        print(out.getvalue(), end='')
        print(tb.format_exception_only(e), end='|\\n')
        return e
'''

SCENARIOS = [
    '''
def a(): return 1 / 0
def b(): return a()
show(b)
''',
    '''
def f():
    x = {'a': 1}
    return x['a'] + x['b']
show(f)
def g():
    d = [[1]]
    return d[0][5]
show(g)
def h():
    a, b = 1, 0
    return (a    +   b) / b
show(h)
def k():
    return 2 ** 10000.5
show(k)
def m():
    return 'é' + 5
show(m)
def n():
    s = "ünïcode"; return s.upper() + s[99]
show(n)
''',
    '''
def long_call(*a): raise ValueError("in long")
def f():
    return long_call(1,
                     2,
                     3)
show(f)
def g():
    return (1 +
            None)
show(g)
''',
    '''
def f():
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
show(f)
def g():
    try:
        {}['k']
    except KeyError:
        raise TypeError("during")
show(g)
def h():
    try:
        {}['k']
    except KeyError:
        raise TypeError("suppressed") from None
show(h)
show(g, chain=False)
''',
    '''
def r(n):
    if n == 0:
        raise RuntimeError("bottom")
    r(n - 1)
show(lambda: r(12))
def r2(n):
    if n == 0: raise RuntimeError("x")
    return r2(n - 1)
show(lambda: r2(4))
''',
    '''
def grp():
    raise ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t"), KeyError("k")]), OSError(2, "no")])
show(grp)
def grp2():
    try:
        raise ValueError(1)
    except ValueError as e:
        raise ExceptionGroup("wrapped", [e])
show(grp2)
e = ExceptionGroup("many", [ValueError(i) for i in range(20)])
print(''.join(tb.format_exception(e)))
print(''.join(tb.TracebackException.from_exception(e, max_group_width=3).format()))
deep = ValueError("leaf")
for i in range(13):
    deep = ExceptionGroup("d%d" % i, [deep])
print(''.join(tb.format_exception(deep)))
''',
    '''
for src in ["x = (1,", "def f(:\\n  pass", "a = 1 +", "if x\\n", "\\tfoo bar baz", "x = 5 = 6", "f(**a, *b)", "  1 + \\n"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(tb.format_exception_only(e))
        print(''.join(tb.format_exception(e)).replace(__file__, "F"))
e = SyntaxError("custom msg", ("file.py", 3, 5, "    abc def ghi\\n", 3, 9))
print(tb.format_exception_only(e))
e = SyntaxError("no location")
print(tb.format_exception_only(e))
e = SyntaxError("only file", ("f.py", None, None, None))
print(tb.format_exception_only(e))
e = SyntaxError("", ("f.py", 1, 0, "xyz"))
print(tb.format_exception_only(e))
e = IndentationError("unexpected indent", ("f.py", 2, 3, "\\t  x = 1\\n", 2, -1))
print(tb.format_exception_only(e))
''',
    '''
e = ValueError("n"); e.add_note("note A"); e.add_note("multi\\nline")
print(tb.format_exception_only(e))
e = ValueError("n"); e.__notes__ = "str notes"
print(tb.format_exception_only(e))
e = ValueError("n"); e.__notes__ = 42
print(tb.format_exception_only(e))
class BadStr(Exception):
    def __str__(self): raise RuntimeError
print(tb.format_exception_only(BadStr()))
print(tb.format_exception_only(ValueError()))
print(tb.format_exception_only(ValueError("")))
print(tb.format_exception_only(KeyError("")))
class Outer:
    class InnerError(Exception): pass
print(tb.format_exception_only(Outer.InnerError("q")))
import json
print(tb.format_exception_only(json.JSONDecodeError("m", "doc", 1)))
print(tb.format_exception_only(None))
print(tb.format_exception_only(ValueError, ValueError("old style")))
print(repr(tb.format_exc()))
for bad in [lambda: tb.format_exception(5), lambda: tb.format_exception(ValueError, ValueError("x")),
            lambda: tb.print_last()]:
    try:
        bad()
    except Exception as exc:
        print(type(exc).__name__, exc)
''',
    '''
def lvl3(): raise KeyError("deep")
def lvl2(): lvl3()
def lvl1(): lvl2()
try:
    lvl1()
except KeyError as e:
    t = e.__traceback__
    for lim in (None, 0, 1, 2, -1, -2, 10):
        print(lim, [ (fs.name, fs.lineno, fs.line) for fs in tb.extract_tb(t, limit=lim)])
        print(''.join(tb.format_tb(t, limit=lim)))
        print(''.join(tb.format_exception(e, limit=lim)))
    sys.tracebacklimit = 1
    print(''.join(tb.format_exception(e)))
    sys.tracebacklimit = -3
    print(''.join(tb.format_exception(e)))
    del sys.tracebacklimit
    fs = tb.extract_tb(t)[-1]
    print(repr(fs), list(fs), fs[2], len(fs), fs == (fs.filename, fs.lineno, fs.name, fs.line))
    print(fs == tb.FrameSummary(fs.filename, fs.lineno, fs.name))
    print(tb.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)]))
    print(tb.format_list(tb.extract_tb(t)))
    s = tb.StackSummary.from_list([("a.py", 1, "f", "code()")] * 6)
    print(s.format())
    print([(f, n) for f, n in tb.walk_tb(t)][0][1])
    te = tb.TracebackException.from_exception(e)
    print(te == tb.TracebackException(type(e), e, e.__traceback__), str(te), te.exc_type)
    out = io.StringIO(); te.print(file=out); print(out.getvalue())
    out = io.StringIO(); tb.print_exception(e, file=out); print(out.getvalue())
    out = io.StringIO(); tb.print_tb(t, file=out); print(out.getvalue())
    out = io.StringIO(); tb.print_exception(type(e), e, t, limit=1, file=out); print(out.getvalue())
''',
    '''
def with_locals():
    a = 1; b = "two"; c = [3]
    raise ValueError("locals")
try:
    with_locals()
except ValueError as e:
    te = tb.TracebackException.from_exception(e, capture_locals=True)
    text = ''.join(te.format())
    print('\\n'.join(l for l in text.splitlines() if ' = ' not in l or l.startswith('    ' + 'abc'[:1])))
def bad_repr():
    class R:
        def __repr__(self): raise ValueError("repr")
    r = R()
    raise KeyError
try:
    bad_repr()
except KeyError as e:
    try:
        tb.TracebackException.from_exception(e, capture_locals=True)
    except ValueError as e2:
        print("repr failure propagates", e2)
def stacky():
    print(''.join(tb.format_stack()).count('File'))
    s = tb.extract_stack()
    print(s[-1].name, s[-1].line)
    print(''.join(tb.format_stack(limit=1)))
    out = io.StringIO(); tb.print_stack(limit=1, file=out); print(out.getvalue())
    print([f.f_code.co_name for f, n in tb.walk_stack(sys._getframe())][:2])
stacky()
''',
    '''
class Ctx(Exception): pass
def loop():
    a = ValueError("a"); b = TypeError("b")
    a.__context__ = b; b.__context__ = a
    raise a
show(loop)
def cause_ctx():
    try:
        try:
            1/0
        except Exception as e1:
            raise KeyError(1) from e1
    except KeyError:
        raise Ctx("top")
show(cause_ctx)
e = Ctx("unraised"); e.__cause__ = ValueError("cause only")
print(''.join(tb.format_exception(e)))
print(''.join(tb.TracebackException.from_exception(cause_ctx.__code__ and e, compact=False).format()))
''',
]


def _output(mod, source, path):
    g = {'__name__': 'scenario', 'tb': mod}
    out, err, exc = run_source(PRELUDE + source, g, filename=path)
    return (out.replace(path, 'FILE').replace(mod.__name__, 'traceback'),
            err.replace(path, 'FILE'), repr(exc))


def run(check, mine):
    for i, source in enumerate(SCENARIOS):
        path = write_temp(PRELUDE + source)
        ours = _output(mine, source, path)
        theirs = _output(real, source, path)
        if not check.eq('scenario %d' % i, ours, theirs):
            import difflib
            print(''.join(difflib.unified_diff(theirs[0].splitlines(True), ours[0].splitlines(True), 'real', 'ours')))
