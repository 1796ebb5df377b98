# set algebra: union, intersection, difference, symmetric difference, comparisons.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, [1]), a.symmetric_difference([4, 9]))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4}, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint({9}), {1} < {2}, {1} > {2})
c = a.copy()
c |= {10}; print(c)
c &= {1, 2, 10}; print(c)
c -= {1}; print(c)
c ^= {2, 3}; print(c)
c.update([20, 21], {22}); print(c)
c.intersection_update(range(21)); print(c)
c.difference_update({10}); print(c)
c.symmetric_difference_update({20, 30}); print(c)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
print(sorted({x % 5 for x in range(100)}), sorted(set("hello") & set("world")))
