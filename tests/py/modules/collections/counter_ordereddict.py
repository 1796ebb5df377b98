# Counter arithmetic and OrderedDict operations.
from collections import Counter, OrderedDict
words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c, c.most_common(2), c["the"], c["dog"], c.total())
c2 = Counter({"the": 1, "dog": 2})
print(c - c2, c + c2, c & c2, c | c2, -c2, +Counter({"x": -1, "y": 1}))
c.update(["dog"]); c.subtract(["the", "the"])
print(sorted(c.items()), list(c.elements())[:4])
print(Counter("aab") == Counter("aba"), Counter(a=1) < Counter(a=2) if hasattr(Counter, "__lt__") else "")
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b")
print(od, list(od.keys()))
od.move_to_end("c", last=False)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1) == {"a": 1}, OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
print(repr(OrderedDict()), repr(Counter()))
