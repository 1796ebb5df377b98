# math.fsum (exact), math.prod, math.hypot and math.dist (correctly rounded), including errors.
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([1e308, -1e308, 1.0]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(x / 7 for x in range(1, 100)), math.fsum([2.0 ** -1074] * 3), math.fsum([-0.0, -0.0]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([1.0, 2.0 ** -53, 2.0 ** -105]), math.fsum([1.0, 2.0 ** -53]), math.fsum([3.0, 2.0 ** -52, 2.0 ** -104]))
print(math.fsum([0.3, 0.6, -0.9, 1e-20]), math.fsum([1e16, 1.0, 1e-16]), math.fsum(i * 0.001 for i in range(1000)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1e308]), math.fsum([math.nan, 1.0]), math.fsum([math.inf, math.nan]), math.fsum([True, 2.5]))
for f in [lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum(['a']), lambda: math.fsum(1),
          lambda: math.fsum([1, 2 ** 1100]), lambda: math.fsum(), lambda: math.fsum([1e308, 1e308, -1e308])]:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod([2.5, 2]), math.prod(range(1, 20)), math.prod([1j, 1j]))
print(math.prod([3], start='x'), math.prod([[1], 2]), math.prod(x for x in (0.5, 4)))
for f in [lambda: math.prod(), lambda: math.prod([1, 2], 3), lambda: math.prod(5), lambda: math.prod([1, 'a', 'b'])]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(1, 1, 1, 1), math.hypot(*range(10)))
print(math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.hypot(math.nan, math.inf), math.hypot(math.nan, 1), math.hypot(-0.0, 0.0))
print(math.hypot(0.1, 0.2), math.hypot(1.5, 2.5, 3.5), math.hypot(2 ** 0.5, 3 ** 0.5), math.hypot(1e200, 1e-200), math.hypot(True, 1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((1.5,), (-2.5,)), math.dist((), ()), math.dist(iter([1, 1]), (2, 2)))
for f in [lambda: math.dist([1, 2], [3]), lambda: math.dist(1, 2), lambda: math.dist((1,)), lambda: math.dist(['a'], [1]),
          lambda: math.hypot('a'), lambda: math.hypot(1, x=2)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
