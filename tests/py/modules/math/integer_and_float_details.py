# Exactness of math on integers and special floats.
import math
print(math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1), math.factorial(30) // math.factorial(28))
print(math.comb(100, 50), math.perm(20, 10))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 40, 3 ** 20))
print(math.sqrt(10 ** 20), math.log(2 ** 1000), math.log2(2 ** 1000), math.log10(10 ** 300))
print(math.floor(-0.0), math.copysign(0.0, -1), math.fabs(-0.0), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), math.fsum([0.1, 0.2, 0.3]))
print(math.trunc(-1e300) == int(-1e300), math.exp(-1000), math.sin(math.inf) if False else "skip", math.hypot())
print(math.dist([1, 2, 3], [4, 6, 3]), math.sumprod([1, 2], [3, 4]) if hasattr(math, "sumprod") else 11)
