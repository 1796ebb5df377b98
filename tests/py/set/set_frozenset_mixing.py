# Result types when mixing set and frozenset, and comparison operators.
s, f = {1, 2}, frozenset({2, 3})
print(type(s | f).__name__, type(f | s).__name__, type(s & f).__name__, type(f - s).__name__, type(f ^ s).__name__)
print(s | f, f & s, s - f, f ^ s)
print(s < {1, 2, 3}, f > frozenset({2}), s <= s, s == {2, 1}, s != f, {1} < f, frozenset() < s)
print(frozenset({frozenset({1}), frozenset()}) == {frozenset(), frozenset({1})}, len({frozenset(), frozenset()}))
print(s.copy() == s, s.copy() is not s, f.copy() is f, set(f) == f, type(set(f)).__name__)
