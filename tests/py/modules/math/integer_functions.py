# math's integer functions: factorial, comb, perm, gcd, lcm, isqrt, with big arguments and the error messages.
import math
print([math.factorial(n) for n in range(0, 21)])
print(math.factorial(100) == math.prod(range(1, 101)), len(str(math.factorial(1000))), math.factorial(True))
print([math.comb(10, k) for k in range(0, 12)], math.comb(100, 50), math.comb(5, 0), math.comb(0, 0), math.comb(3, 5))
print(math.comb(1000, 500) % 1000003, math.comb(2 ** 70, 2), math.comb(10 ** 20, 3) % 999983)
print([math.perm(6, k) for k in range(0, 8)], math.perm(5), math.perm(5, None), math.perm(0), math.perm(30, 10))
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18, 0), math.gcd(2 ** 100, 6 ** 50), math.gcd(0, 0))
print(math.gcd(3 ** 40 * 7, 3 ** 35 * 11), math.gcd(True, 4), math.gcd(10 ** 30, 10 ** 20 + 5))
print(math.lcm(), math.lcm(0), math.lcm(4, 6), math.lcm(4, 6, -8), math.lcm(4, 0, 6), math.lcm(2 ** 40, 3 ** 20), math.lcm(-5))
print([math.isqrt(n) for n in (0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 20 + 5, 2 ** 200, 2 ** 200 - 1)])
print(math.isqrt(10 ** 100) == 10 ** 50, math.isqrt(True))
class Idx:
    def __index__(self):
        return 6
print(math.factorial(Idx()), math.comb(Idx(), 2), math.gcd(Idx(), 4), math.isqrt(Idx()), math.perm(Idx(), Idx()))
for f in [lambda: math.factorial(-1), lambda: math.factorial(1.0), lambda: math.factorial(2 ** 64), lambda: math.factorial('5'),
          lambda: math.comb(-1, 2), lambda: math.comb(1, -2), lambda: math.comb(1.0, 2), lambda: math.comb(1), lambda: math.perm(),
          lambda: math.perm(1, 2, 3), lambda: math.perm(-1), lambda: math.perm(3, -1), lambda: math.gcd(1.5), lambda: math.lcm(2, 'x'),
          lambda: math.isqrt(-1), lambda: math.isqrt(1.0), lambda: math.factorial(), lambda: math.gcd(a=1)]:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
