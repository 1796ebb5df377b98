# __del__ (PEP 442): called when the last reference goes, once per object even if it resurrects itself;
# objects in unreachable cycles are finalized by the collector, then freed (gc.garbage stays empty);
# exceptions in __del__ go to sys.unraisablehook.
import gc
import sys
import weakref

log = []


class Plain:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(("del", self.name))


p = Plain("p")
del p
print(log)
log.clear()


def make_and_drop():
    local = Plain("local")
    return 1


make_and_drop()
print(log)
log.clear()

# exceptions from __del__ are unraisable
seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, u.object.__qualname__))


class Broken:
    def __del__(self):
        raise ValueError("from __del__")


b = Broken()
del b
print(seen)
sys.unraisablehook = sys.__unraisablehook__

# resurrection: __del__ runs once only
saved = []


class Phoenix:
    def __del__(self):
        log.append("phoenix __del__")
        saved.append(self)


x = Phoenix()
del x
print(log, len(saved))
saved.clear()
print(log)
log.clear()

# cycles with finalizers are finalized and collected
gc.collect()
a, c = Plain("a"), Plain("c")
a.other, c.other = c, a
a.me = a
ref = weakref.ref(a)
del a, c
print(sorted(log), ref() is not None)
found = gc.collect()
print(sorted(log), ref(), found >= 2, gc.garbage)
log.clear()

# a finalizer in a cycle that resurrects: the cycle survives, and its __del__ does not run again
keep = []


class Keeper:
    def __del__(self):
        log.append("keeper __del__")
        keep.append(self)


k1, k2 = Keeper(), Keeper()
k1.peer, k2.peer = k2, k1
del k1, k2
gc.collect()
print(log, len(keep))
log.clear()
kept = keep[0]
keep.clear()
del kept
gc.collect()
print(log, gc.garbage)

# a class whose __del__ is a staticmethod-like callable still works
class Odd:
    __del__ = lambda self: log.append("lambda __del__")


o = Odd()
del o
print(log)
