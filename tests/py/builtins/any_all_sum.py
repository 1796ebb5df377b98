# any, all, sum.
print(any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]), any([]), all([]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), any("abc"), all(""))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([], 10), sum(range(101)), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum([0.1] * 10), sum([1, 2], start=10), sum(x * x for x in range(4)), sum([True, True]), sum([1j, 2]))
try:
    sum("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
from fractions import Fraction
print(sum([Fraction(1, 3)] * 3), sum([10 ** 20, 1.0]), sum([1e308, 1e308, -1e308]))
