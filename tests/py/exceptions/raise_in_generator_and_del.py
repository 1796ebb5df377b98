# Exception state is restored after handlers; sys.exc_info nesting.
import sys
def current():
    return repr(sys.exc_info()[1])
try:
    raise ValueError("outer")
except ValueError:
    print("1", current())
    try:
        raise KeyError("inner")
    except KeyError:
        print("2", current())
    print("3", current())
print("4", current())
def gen():
    try:
        raise TypeError("in gen")
    except TypeError:
        yield current()
        yield current()
g = gen()
print("g1", next(g))
print("outside", current())
try:
    raise IndexError("while gen suspended")
except IndexError:
    print("g2", next(g))
