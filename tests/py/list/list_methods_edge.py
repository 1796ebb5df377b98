# Edge cases: insert/pop positions, index ranges, remove first occurrence, count of unhashables.
l = [1, 2, 3, 2, 1]
l.insert(-1, "x"); l.insert(-100, "front"); l.insert(100, "back")
print(l, l.index(2), l.index(2, 3), l.index(1, -2), l.count(2))
l.remove(2)
print(l)
print(l.pop(-2), l.pop(1), l)
nested = [[1], [1], [2]]
print(nested.count([1]), nested.index([2]), [1] in nested)
try:
    l.index(1, 0, 1)
except ValueError as e:
    print("ValueError:", e)
big = list(range(100))
print(big.index(99, -1), big[-1:-5:-1], big[::25])
e = []
e.extend(range(3)); e.extend(iter("ab")); e.extend({"k": 0}); e.extend(())
print(e, e * 2 == e + e)
