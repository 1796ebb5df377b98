# weakref: shared refs, chain order, callbacks (newest first, errors reported), equality and hashing,
# proxies, WeakMethod, WeakKeyDictionary, WeakSet, finalize, and which objects take weak references.
import weakref

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    def __init__(self, n=0):
        self.n = n
    def __repr__(self):
        return "A(%d)" % self.n
    def method(self):
        return self.n

a = A(1)
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print(r1 is r2, weakref.getweakrefcount(a), r1() is a, r1.__callback__)
rs = [weakref.ref(a, lambda r, i=i: print("callback", i, r())) for i in range(3)]
p = weakref.proxy(a)
p2 = weakref.proxy(a)
pc = weakref.proxy(a, lambda r: print("proxy callback"))
print(p is p2, pc is p, weakref.getweakrefcount(a))
chain = weakref.getweakrefs(a)
print([("basic" if x is r1 else "proxy" if x is p else "pcb" if x is pc else rs.index(x)) for x in chain])
print(r1 == rs[0], r1 != rs[0], hash(r1) == hash(a), r1 == weakref.ref(A()), r1 == 5)
print(type(r1).__name__, type(p).__name__, type(weakref.proxy(len)).__name__, weakref.ref.__module__)
print(weakref.ref is weakref.ReferenceType, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
del a
print("after del:", r1(), rs[0](), rs[0].__callback__)
check(lambda: hash(rs[1]))
print(hash(r1) == hash(A(1)) or True, r1 == rs[0], r1 == r1)

class BadCallback:
    def __call__(self, ref):
        raise ValueError("callback failed")
    def __repr__(self):
        return "<BadCallback>"
bad_callback = BadCallback()
b = A(2)
rb = weakref.ref(b, bad_callback)
del b
print("after failing callback")

# proxies forward everything
class Box:
    def __init__(self):
        self.items = [3, 1, 2]
        self.x = 5
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __iter__(self):
        return iter(self.items)
    def __add__(self, other):
        return "add %r" % (other,)
    def __radd__(self, other):
        return "radd %r" % (other,)
    def __call__(self, v):
        return v * 2
    def __eq__(self, other):
        return other == 5
    def __str__(self):
        return "Box!"
    __hash__ = None

box = Box()
bp = weakref.proxy(box)
print(bp.x, len(bp), bp[0], list(bp), bp + 1, 1 + bp, bp(21), bp == 5, 3 in bp, str(bp), bool(bp))
bp.y = 7
print(box.y, isinstance(bp, Box), type(bp).__name__)
del bp.y
print(hasattr(box, "y"))
check(lambda: bp.missing)
check(lambda: hash(bp))
del box
check(lambda: bp.x)
check(lambda: len(bp))
n = A(3)
np = weakref.proxy(n)
print(np.method(), np.n + 1)

# WeakMethod
wm = weakref.WeakMethod(n.method)
print(wm()(), wm == weakref.WeakMethod(n.method), hash(wm) == hash(weakref.WeakMethod(n.method)))
check(lambda: weakref.WeakMethod(len))
dead = []
wm2 = weakref.WeakMethod(A(4).method, lambda r: dead.append("wm died"))
print(wm2(), dead)

# containers
k1, k2 = A(10), A(11)
wkd = weakref.WeakKeyDictionary({k1: "one"})
wkd[k2] = "two"
print(len(wkd), wkd[k1], k2 in wkd, 5 in wkd, sorted(v for v in wkd.values()), wkd.get(k1))
del k2
print(len(wkd), [repr(k) for k in wkd.keys()], list(wkd.items()))
wvd = weakref.WeakValueDictionary()
vals = [A(i) for i in range(4)]
for i, v in enumerate(vals):
    wvd[i] = v
del vals[1:3]
print(sorted(wvd), len(wvd), wvd.get(1, "none"), 3 in wvd, wvd.pop(0), sorted(wvd.keys()))
check(lambda: wvd[1])
print(wvd.setdefault(5, vals[0]), sorted(wvd.items()), len(wvd.copy()))
ws = weakref.WeakSet()
objs = [A(i) for i in range(5)]
for o in objs:
    ws.add(o)
ws.add(objs[0])
print(len(ws), objs[1] in ws, A(9) in ws, 5 in ws)
del objs[:2]
print(len(ws), sorted(o.n for o in ws))
ws2 = weakref.WeakSet(objs[:1])
print(len(ws | ws2), len(ws & ws2), len(ws - ws2), ws2 <= ws, ws == weakref.WeakSet(objs))
ws.discard(objs[0])
try:
    ws.remove(A(99))
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
print(len(ws), sorted(o.n for o in ws))

# finalize
f_obj = A(20)
fin = weakref.finalize(f_obj, print, "finalized", 20)
print(fin.alive, fin.peek()[1:], fin.atexit)
f_other = A(21)
fin2 = weakref.finalize(f_other, print, "never printed")
print(fin2.detach()[1:], fin2.alive, fin2.detach())
del f_obj
print(fin.alive, fin())
f3 = A(22)
fin3 = weakref.finalize(f3, lambda: "result")
print(fin3(), fin3(), fin3.alive)

# what takes weak references
class Slots:
    __slots__ = ("a",)
class SlotsWeak:
    __slots__ = ("a", "__weakref__")
class Inherits(Slots):
    pass
class IntSub(int):
    pass
class StrSub(str):
    pass
class ListSub(list):
    pass
import array, struct
for obj in [Slots(), SlotsWeak(), Inherits(), IntSub(1), StrSub("x"), ListSub(), object(), ValueError(), set(),
            frozenset(), len, check, check.__code__, array.array("i"), struct.Struct("i"), 1.5, None, type,
            bytearray(), {}, [], (x for x in [])]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(e)
check(lambda: weakref.ref())
check(lambda: weakref.ref(A(), None, 1))
check(lambda: weakref.ref(A(), callback=None))
check(lambda: weakref.proxy())
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
