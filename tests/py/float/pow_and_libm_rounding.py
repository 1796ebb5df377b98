# float ** float is correctly rounded (as glibc's pow); special cases and errors of float pow.
vals = [10.0 ** -5, 10.0 ** -7, 10.0 ** 22, 10.0 ** 21, 1.1 ** 10, 2.0 ** 0.5, 3.0 ** 0.5, 0.5 ** 3,
        7.0 ** 1.5, 1.0001 ** 10000, 2.0 ** -1074, 2.0 ** 1023, 9.0 ** 0.5, 1e-3 ** 2.5, 123.456 ** 3.21]
for v in vals:
    print(repr(v))
print(10 ** -5, 2 ** -1, 3 ** -2, (-2) ** -3, 10 ** -20, 7 ** -0.5)
print((-8.0) ** 3, (-8.0) ** -3, (-0.0) ** 3, (-0.0) ** 2, 0.0 ** 0, float('nan') ** 0, 1.0 ** float('nan'))
inf = float('inf')
print(inf ** 2, inf ** -2, (-inf) ** 3, (-inf) ** -3, (-inf) ** 2, 2.0 ** inf, 0.5 ** inf, 2.0 ** -inf, (-1.0) ** inf)
print((-8) ** (1 / 3), (-1.0) ** 0.5, (-2.5) ** 1.5)
for a, b in [(0.0, -1), (0, -1.5), (10.0, 400), (-10.0, 401), (1e308, 2)]:
    try:
        print(a ** b)
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
x = 1.0
for i in range(30):
    x = x * 1.37 + 0.1
print(x, x ** 0.37, x ** -2.2)
