# sys.setprofile: call and return of Python frames, c_call / c_return / c_exception around builtin functions
# and methods; getprofile; the profile function is not profiled itself; one that raises is removed.
import sys

events = []


def profiler(frame, event, arg):
    if event.startswith("c_"):
        what = getattr(arg, "__qualname__", getattr(arg, "__name__", "?"))
        owner = type(getattr(arg, "__self__", None)).__name__
        events.append((event, frame.f_code.co_name, what, owner))
    else:
        events.append((event, frame.f_code.co_name, type(arg).__name__))


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def work():
    items = [3, 1, 2]
    items.append(0)
    items.sort()
    n = len(items)
    b = Box(n)
    try:
        divmod(1, 0)
    except ZeroDivisionError:
        pass
    d = {}.get
    d(1)
    s = sorted(*[items])
    int("5")
    return b.get() + s[0]


def gen():
    yield 1
    yield 2


def outer():
    sys.setprofile(profiler)
    r = work()
    total = sum(gen())
    return r + total


print(sys.getprofile())
outer()
sys.setprofile(None)
print(sys.getprofile())
for e in events:
    print(e)
events.clear()

# getprofile inside the profile function, and a profile function that raises
seen = []


def nested(frame, event, arg):
    seen.append(sys.getprofile() is nested)


sys.setprofile(nested)
len("x")
sys.setprofile(None)
print(all(seen), len(seen) > 0)


def failing(frame, event, arg):
    if event == "c_call":
        raise KeyError("profiler")


sys.setprofile(failing)
try:
    len("abc")
except KeyError as e:
    print("caught", e, sys.getprofile())
sys.setprofile(None)

# settrace and setprofile together: both see the calls
both = []


def t(frame, event, arg):
    if frame.f_code.co_name == "small":
        both.append(("trace", event))
    return t


def p(frame, event, arg):
    if frame.f_code.co_name == "small" and not event.startswith("c_"):
        both.append(("profile", event))


def small():
    return 1


sys.settrace(t)
sys.setprofile(p)
small()
sys.setprofile(None)
sys.settrace(None)
print(both)
