# fractions.Fraction arithmetic and conversions.
from fractions import Fraction as F
print(F(1, 3) + F(1, 6), F(3, 4) - 1, F(2, 3) * F(3, 4), F(1, 2) / F(1, 4), F(1, 3) ** 2, F(4, 9) ** F(1, 2), -F(5, 10), abs(F(-1, 2)))
print(F(6, 8), F("3/4"), F("1.25"), F(" -7 "), F(0.5), F(0.1), F(2.5e-3), F("1e-2"), F(5), F(F(1, 2), F(1, 3)))
print(F(0.1).limit_denominator(10), F(355, 113).limit_denominator(100), F(3.141592653589793).limit_denominator(1000))
f = F(22, 7)
print(f.numerator, f.denominator, float(f), int(f), round(f), round(f, 2), f.as_integer_ratio(), math_floor := __import__("math").floor(f), __import__("math").ceil(f))
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) < 0.6, F(1, 2) + 0.5, type(F(1, 2) + 0.5).__name__, F(1, 2) + 1j if False else "skip")
print(sorted([F(1, 2), F(1, 3), 0.4, 1]), sum([F(1, n) for n in range(1, 6)]), hash(F(1, 2)) == hash(0.5), str(F(3, 1)), repr(F(1, 2)))
for bad in [lambda: F(1, 0), lambda: F("x"), lambda: F(float("inf"))]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(F(7, 2) // 2, F(7, 2) % 2, divmod(F(7, 2), F(1, 3)), F.from_float(0.75), F.from_decimal(__import__("decimal").Decimal("1.1")))
