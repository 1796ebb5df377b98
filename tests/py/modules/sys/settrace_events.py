# sys.settrace: call, line, return and exception events, the frame objects the trace function sees, local
# trace functions (f_trace), generators, and a trace function that raises.
import sys

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == "exception":
        arg = (arg[0].__name__, str(arg[1]), type(arg[2]).__name__)
    elif event == "return":
        arg = repr(arg)
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg))
    return tracer


def show(title):
    print(title)
    for e in events:
        print("  ", e)
    events.clear()


def simple(x):
    y = x + 1
    return y * 2


def loops(n):
    total = 0
    for i in range(n):
        total += i
    while n > 0:
        n -= 1
    for i in range(3):
        if i == 1:
            continue
        total += 1
    return total


def catches():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    return "ok"


def raiser():
    raise ValueError("bad")


def propagates():
    try:
        raiser()
    finally:
        x = 1


def gen(n):
    for i in range(n):
        yield i


sys.settrace(tracer)
simple(1)
sys.settrace(None)
show("simple")

sys.settrace(tracer)
loops(2)
sys.settrace(None)
show("loops")

sys.settrace(tracer)
catches()
sys.settrace(None)
show("catches")

sys.settrace(tracer)
try:
    propagates()
except ValueError:
    pass
sys.settrace(None)
show("propagates")

sys.settrace(tracer)
print(list(gen(2)))
sys.settrace(None)
show("generator")

sys.settrace(tracer)
print([x * 2 for x in (1, 2)])
f = lambda: 5
f()
sys.settrace(None)
show("comprehension and lambda")


# gettrace and the module frame
print(sys.gettrace())
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
print(sys.gettrace())
events.clear()


# the frame objects
def inspect_frames(frame, event, arg):
    if frame.f_code.co_name == "target" and event in ("call", "line", "return"):
        back = frame.f_back
        loc = {k: v for k, v in frame.f_locals.items()}
        print(event, frame.f_lineno, frame.f_code.co_name, back.f_code.co_name, back.f_lineno,
              sorted(loc.items()), frame.f_globals is globals(), frame.f_trace is inspect_frames or frame.f_trace)
    return inspect_frames


def target(a, b=2):
    c = a + b
    d = c * 2
    return d


def caller():
    return target(1)


sys.settrace(inspect_frames)
caller()
sys.settrace(None)


# a local trace function returning None keeps f_trace; the global one returning None traces nothing
def local(frame, event, arg):
    events.append(("local", event, frame.f_code.co_name, frame.f_lineno))
    return None


def chooser(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    events.append(("global", event, frame.f_code.co_name))
    if frame.f_code.co_name == "untraced":
        return None
    return local


def untraced():
    a = 1
    return a


def traced():
    a = 1
    return a


sys.settrace(chooser)
untraced()
traced()
sys.settrace(None)
show("local trace functions")


# a trace function that raises is removed, and its exception propagates
def failing(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "victim":
        raise RuntimeError("from the tracer")
    return failing


def victim():
    x = 1
    return x


sys.settrace(failing)
try:
    victim()
except RuntimeError as e:
    print("caught:", e, sys.gettrace())
sys.settrace(None)


# settrace inside a function: that frame is not traced, the calls after it are
def starts_tracing():
    sys.settrace(tracer)
    simple(2)
    return 1


starts_tracing()
sys.settrace(None)
show("settrace in a function")

# assigning f_trace to a running frame, then settrace: the frame is traced from there (pdb does this)
def manual():
    frame = sys._getframe()
    frame.f_trace = tracer
    sys.settrace(tracer)
    a = 1
    b = 2
    sys.settrace(None)
    return a + b


manual()
show("f_trace set by hand")
