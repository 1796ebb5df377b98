# Integer arithmetic: + - * / // % ** and signs.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (15, 5), (1, 7)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, 2 ** -2, (-8) ** 2)
print(abs(-5), -(-5), +5, -0)
for a, b in [(5, 0), (0, 0)]:
    for op in ("/", "//", "%"):
        try:
            eval(f"a {op} b")
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("divmod:", e)
