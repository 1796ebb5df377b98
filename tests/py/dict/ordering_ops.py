# popitem LIFO, reversed, and re-insertion positions.
d = dict.fromkeys("abcde", 0)
print(d.popitem(), d.popitem(), list(d))
d["a"] = 1
print(list(d))
d.pop("a")
d["a"] = 2
print(list(d), list(reversed(d)), list(reversed(d.items())))
d2 = {}
d2.update(b=1, a=2)
d2.setdefault("c", 3)
print(d2, next(iter(d2)), next(reversed(d2)))
