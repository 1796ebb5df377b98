# Key equality and hashing across types.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[(1, 2)] = "tuple"
d[frozenset([1])] = "frozenset"
d[None] = "none"
d["1"] = "str"
print(len(d), d[(1, 2)], d[frozenset({1})], d[None])
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, other): return isinstance(other, Key) and self.k == other.k
    def __repr__(self): return f"Key({self.k})"
d2 = {Key(1): "one"}
print(d2[Key(1)], Key(1) in d2, Key(2) in d2, d2)
class Unhashable:
    __hash__ = None
try:
    {Unhashable(): 1}
except TypeError as e:
    print("TypeError:", e)
nan = float("nan")
d3 = {nan: 1}
print(d3[nan], float("nan") in d3)
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 42
    def __eq__(self, o): return self.v == o.v
many = {Collide(i): i for i in range(50)}
print(len(many), many[Collide(37)])
