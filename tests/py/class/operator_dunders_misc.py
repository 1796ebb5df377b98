# Remaining operator hooks: __neg__/__pos__ with NotImplemented, __contains__ fallback, __getitem__ slices, __length_hint__.
import operator
class Seq:
    def __init__(self, *items): self.items = list(items)
    def __getitem__(self, key):
        if isinstance(key, slice):
            return Seq(*self.items[key])
        return self.items[key]
    def __len__(self): return len(self.items)
    def __repr__(self): return f"Seq{tuple(self.items)}"
    def __eq__(self, other): return isinstance(other, Seq) and self.items == other.items
    __hash__ = None
    def __length_hint__(self): return 99
s = Seq(1, 2, 3, 4)
print(s[1:3], s[::-1], s[-1], 3 in s, 9 in s, list(s), len(s), s == Seq(1, 2, 3, 4), s != Seq())
class Hint:
    def __length_hint__(self): return 7
    def __iter__(self): return iter([])
print(operator.length_hint(Hint()), operator.length_hint(s), operator.length_hint(object(), 3))
class NoNeg:
    pass
try:
    -NoNeg()
except TypeError as e:
    print("TypeError:", e)
class Vec:
    def __init__(self, x): self.x = x
    def __neg__(self): return Vec(-self.x)
    def __pos__(self): return self
    def __abs__(self): return abs(self.x)
    def __round__(self, n=0): return Vec(round(self.x, n))
    def __trunc__(self): return int(self.x)
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __float__(self): return float(self.x)
    def __int__(self): return int(self.x)
    def __complex__(self): return complex(self.x, 1)
import math
v = Vec(-2.567)
print((-v).x, (+v) is v, abs(v), round(v, 1).x, math.trunc(v), math.floor(v), math.ceil(v), float(v), int(v), complex(v))
