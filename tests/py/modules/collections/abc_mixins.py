# collections.abc mixin methods provided for custom containers.
from collections.abc import Sequence, MutableMapping, Set
class Evens(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if not -self.n <= i < self.n:
            raise IndexError(i)
        return 2 * (i % self.n)
e = Evens(5)
print(list(e), e[-1], e[1:3], 4 in e, 5 in e, e.index(6), e.count(2), list(reversed(e)))
class Store(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k.lower()]
    def __setitem__(self, k, v): self.d[k.lower()] = v
    def __delitem__(self, k): del self.d[k.lower()]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
s = Store()
s["A"] = 1
s.update(B=2, c=3)
print(dict(s), s.get("b"), s.pop("C"), s.setdefault("d", 4), sorted(s.items()), "a" in s, s == {"a": 1, "b": 2, "d": 4})
class Bits(Set):
    def __init__(self, items): self.items = sorted(set(items))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), a <= Bits([1, 2, 3, 4]), a.isdisjoint(Bits([9])))
try:
    class Incomplete(Sequence):
        pass
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
