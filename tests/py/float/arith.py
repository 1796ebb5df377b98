# Float arithmetic and special results.
for a, b in [(7.5, 2.0), (-7.5, 2.0), (1.0, 3.0), (0.1, 0.2), (1e308, 10.0), (2.5, -0.5)]:
    print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1.1 * 3, 2.675 * 100)
print(1e308 * 10, -1e308 * 10, 1e-323 / 10, 5e-324 / 2)
for op in ("1.0 / 0", "1.0 // 0.0", "1.0 % 0.0", "0.0 / 0.0"):
    try:
        eval(op)
    except ZeroDivisionError as e:
        print(op, "->", e)
print(2.0 ** 0.5, (-8.0) ** 2, 2.0 ** -1, 10.0 ** 20, 0.0 ** 0)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
print((-8.0) ** (1 / 3))
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
print(-0.0, 0.0 * -1, abs(-0.0), -0.0 == 0.0)
