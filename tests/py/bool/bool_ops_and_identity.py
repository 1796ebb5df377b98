# Bitwise operators keep bool type; arithmetic makes ints.
for a in (True, False):
    for b in (True, False):
        print(a, b, a & b, a | b, a ^ b, type(a & b).__name__, a + b, a * b, a - b, a == b, a < b)
print(True & 3, True | 2, False ^ 7, type(True & 3).__name__)
print(~True, ~False, -False, +True, abs(True), True ** 2, divmod(True, True))
print(bool("0"), bool(" "), bool(0.0), bool(-0.0), bool(0j), bool(float("nan")))
print([True] * 3, "x" * True, [1, 2][True], {True: "yes"}[1])
