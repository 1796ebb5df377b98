# Sets interoperating with dict views and other iterables.
d = {1: "a", 2: "b", 3: "c"}
s = {2, 3, 4}
print(d.keys() & s, d.keys() | s, d.keys() - s, s - d.keys(), d.keys() ^ s)
print(s.union(d), s.intersection(d.values()) if False else s.intersection(d), s.issuperset(d.keys() - {1}))
print(set(d.items()) & {(1, "a"), (9, "z")}, frozenset(d) == d.keys(), {1, 2} == d.keys() - {3})
print(sorted(set("mississippi")), len(set(range(0, 100, 3)) & set(range(0, 100, 5))))
