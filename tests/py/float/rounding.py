# round() with floats: banker's rounding and ndigits.
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 12345.6789):
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
print(round(1e300, -299), round(123.456, -2), round(-0.4), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(5e-324, 400))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5))
