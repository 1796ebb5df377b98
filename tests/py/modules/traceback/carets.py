# traceback's ~~^^ markers under the failing expression (from code.co_positions()), and sys.excepthook
# writing to a replaced sys.stderr.
import io
import sys
import traceback


def show(f):
    try:
        f()
    except Exception:
        text = traceback.format_exc()
        print(text.replace(__file__, "FILE"))


def binop():
    a = 1
    b = 0
    return a / b + 1


def subscript():
    d = {"k": [1, 2]}
    return d["k"][5]


def call():
    return int("x") + 0


def attribute():
    x = None
    return x.missing


def multiline():
    return (1 +
            None)


def whole_line():
    raise ValueError("the whole line")


for f in (binop, subscript, call, attribute, multiline, whole_line):
    show(f)

# co_positions: one (line, end_line, col, end_col) per instruction slot traceback asks for
code = binop.__code__
positions = list(code.co_positions())
print(all(len(p) == 4 for p in positions), any(p[:2] == (code.co_firstlineno + 3,) * 2 for p in positions))

# the default sys.excepthook writes to sys.stderr, whatever it is now
buf = io.StringIO()
old, sys.stderr = sys.stderr, buf
try:
    try:
        subscript()
    except Exception:
        sys.excepthook(*sys.exc_info())
finally:
    sys.stderr = old
print(buf.getvalue().replace(__file__, "FILE"))
