# id(), hash(), type() properties (no raw values printed).
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), isinstance(id(a), int))
x = object()
print(hash(x) == hash(x), hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
print(hash(None) == hash(None), hash(True), hash(0), hash(-1), hash(-2), hash(3.5), hash(frozenset()) == hash(frozenset()))
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
print(type(1), type(type), type(None).__name__, type(print).__name__, type(len).__name__, type([].append).__name__)
print(type(lambda: 0).__name__, type((x for x in [])).__name__, type(object.__init__).__name__, type(str.join).__name__)
print(type(int.__dict__["from_bytes"]).__name__, type(1).__add__.__class__.__name__, type(type.__dict__["__name__"]).__name__)
