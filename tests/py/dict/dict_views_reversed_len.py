# Views reflect changes, support len/reversed/iteration, and compare sensibly.
d = dict(zip("abc", range(3)))
keys, items = d.keys(), d.items()
d["z"] = 26
del d["a"]
print(list(keys), list(items), len(keys), list(reversed(keys)), list(reversed(items)))
print(keys == {"b", "c", "z"}, items == {("b", 1), ("c", 2), ("z", 26)}, d.values() == d.values())
print(sorted(keys), "b" in keys, ("b", 1) in items, ("b", 2) in items, repr(d.keys()), repr({}.items()))
try:
    ["unhashable"] in items if False else {}.keys() | [[1]]
except TypeError as e:
    print("TypeError:", e)
