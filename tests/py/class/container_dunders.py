# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__, __missing__.
class Bag:
    def __init__(self):
        self.d = {}
    def __len__(self): return sum(self.d.values())
    def __getitem__(self, k): return self.d.get(k, 0)
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): print("contains", k); return k in self.d
    def __iter__(self):
        for k, n in self.d.items():
            for _ in range(n):
                yield k
    def __reversed__(self): return reversed(list(self))
b = Bag()
b["a"] = 2
b["b"] = 1
print(len(b), b["a"], b["zz"], "a" in b, "q" not in b, list(b), list(reversed(b)), sorted(b))
del b["a"]
print(list(b), bool(b))
try:
    del b["nope"]
except KeyError as e:
    print("KeyError:", e)
class IterOnly:
    def __iter__(self): return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i > 4: raise IndexError
        return i
print(3 in GetItemOnly(), list(GetItemOnly()))
class BadLen:
    def __len__(self): return "3"
try:
    len(BadLen())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class Matrix:
    def __getitem__(self, key):
        r, c = key
        return r * 10 + c
print(Matrix()[2, 3])
