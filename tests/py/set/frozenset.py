# frozenset behaviour.
f = frozenset([3, 1, 2])
print(f, len(f), 1 in f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f & {1, 5})
print(hash(f) == hash(frozenset([1, 2, 3])), {f: "as key"}[frozenset({1, 2, 3})], frozenset(), frozenset("aa"))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
print(f.union([4]), f.copy() is f, frozenset(f) is f, f == {1, 2, 3}, f.issubset({1, 2, 3, 4}))
