# Mixed int/float behaviour and exact conversions.
print(2 ** 53, float(2 ** 53), float(2 ** 53 + 1), int(float(2 ** 53 + 1)))
print(10 ** 16 + 1 == 1e16 + 1, 10 ** 16 + 1 == float(10 ** 16 + 1))
print(7 / 2, 8 / 2, type(8 / 2).__name__, 10 ** 20 / 10 ** 10, (10 ** 400) // 10 ** 398)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print("OverflowError:", e)
print(1 / 3 * 3 == 1, 0.1 * 3 == 0.3, sum([0.1] * 10), sum([0.1] * 10) == 1.0)
import math
print(math.fsum([0.1] * 10), 3 * 0.1 == 0.30000000000000004)
print(float(10 ** 308), int(1e308) == 10 ** 308)
print(0.5 == 1 / 2, 1 / 2 < 1 / 3 + 1 / 6 + 1e-16, 2 ** 0.5 * 2 ** 0.5)
