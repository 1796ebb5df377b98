# atexit: LIFO order, arguments, unregister by equality, failing callbacks are reported and skipped,
# callbacks registered while exiting do not run, and weakref.finalize runs its leftovers at exit.
import atexit
import sys

class Boom:
    def __init__(self, exc):
        self.exc = exc
    def __call__(self):
        print("boom handler runs")
        raise self.exc
    def __repr__(self):
        return "<Boom>"

def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))

def late():
    print("late handler: should not run")

def registers_more():
    print("registers_more runs")
    atexit.register(late)

class Key:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n
    __hash__ = None
    def __call__(self):
        print("key", self.n)

print(atexit.register(show, 1, 2, a=3) is show)
atexit.register(Boom(ValueError("first failure")))
atexit.register(registers_more)
atexit.register(Boom(SystemExit(7)))
atexit.register(show, "second")
atexit.register(Key(1))
atexit.register(Key(2))
atexit.unregister(Key(1))
atexit.register(show, "gone")
atexit.unregister(show)
atexit.register(show, "kept")

def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(lambda: atexit.register(1))
check(lambda: atexit.register())
check(lambda: atexit.unregister())
print(sorted(n for n in dir(atexit) if not n.startswith("__") and n != "_callbacks"))

import weakref

class Res:
    pass

keep = Res()
weakref.finalize(keep, print, "finalizer of a live object runs at exit")
f2 = weakref.finalize(keep, print, "detached: never")
f2.atexit = False
print("main done")
sys.stdout.flush()
