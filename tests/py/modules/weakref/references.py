# weakref: ref, callbacks, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize, proxy.
import weakref
import gc
class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name})"
o = Obj("a")
r = weakref.ref(o)
print(r() is o, r(), weakref.getweakrefcount(o))
def callback(ref):
    print("callback: referent died, ref() is", ref())
r2 = weakref.ref(o, callback)
del o
gc.collect()
print(r(), r2())
cache = weakref.WeakValueDictionary()
x, y = Obj("x"), Obj("y")
cache["x"] = x
cache["y"] = y
print(sorted(cache.keys()))
del x
gc.collect()
print(sorted(cache.keys()), cache.get("x"))
wk = weakref.WeakKeyDictionary()
k = Obj("key")
wk[k] = "value"
print(len(wk), wk[k])
del k
gc.collect()
print(len(wk))
ws = weakref.WeakSet()
items = [Obj(i) for i in range(3)]
for it in items:
    ws.add(it)
del it
print(len(ws))
items.pop()
gc.collect()
print(len(ws))
f_obj = Obj("finalized")
fin = weakref.finalize(f_obj, print, "finalize callback ran")
print(fin.alive)
del f_obj
gc.collect()
print(fin.alive)
p_target = Obj("proxied")
p = weakref.proxy(p_target)
print(p.name, repr(p.name))
del p_target
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)
