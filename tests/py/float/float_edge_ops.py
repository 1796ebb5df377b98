# Edge cases: huge/tiny values, signed zeros, integer-valued floats.
import math
print(1e308 + 1e308, -1e308 - 1e308, 1e-320 * 1e-10, 2.0 ** 1023 * 2 == float("inf"))
print(math.ldexp(1, -1074), math.ldexp(1, -1075), (5e-324).hex(), 5e-324 / 2 == 0.0)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 0.0, 0.0 * -1, -0.0 / 1, repr(-0.0 // 1), repr(0.0 % -1), repr(-0.0 % 1))
print((2 ** 53 + 1) * 1.0, float(2 ** 63), float(-(2 ** 63)), 1e16 + 1, 1e16 + 2)
print(7.0 // 0.1, 7.0 % 0.1, divmod(7.0, 0.1), math.fmod(7.0, 0.1))
print(round(0.5 + 1e-16), round(1e15 + 0.5), int(1e15 + 0.5), float("1" + "0" * 30))
print(max(0.0, -0.0), min(0.0, -0.0), max(-0.0, 0.0), sorted([0.0, -0.0, -1e-300, 1e-300]))
