# gc: cycles are collected; enable/disable; callbacks via weakref.
import gc
import weakref
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold())
a, b = Node("a"), Node("b")
a.other, b.other = b, a
died = []
weakref.finalize(a, died.append, "a")
weakref.finalize(b, died.append, "b")
del a, b
print("before collect:", sorted(died))
found = gc.collect()
print("after collect:", sorted(died), found >= 2)
class WithDel:
    def __del__(self):
        print("__del__ of cyclic object")
c = WithDel()
c.self_ref = c
del c
gc.collect()
print(gc.collect() >= 0, isinstance(gc.get_count(), tuple), len(gc.get_count()))
lst = []
lst.append(lst)
print(gc.is_tracked(lst), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]))
