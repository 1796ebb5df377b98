# Operator corner cases: chained unary, mixed comparisons, integer division of negatives, power of negatives.
print(- - 1, - + - 1, not not 0, ~~5, -(-(2 ** 63)))
print(2 ** -1, (-2) ** -2, round(((-8) ** (1 / 3)).real, 6), 0 ** 0, 0.0 ** 0)
print(-5 // 3, -5 % 3, 5 // -3, 5 % -3, -5 // -3, -5 % -3, divmod(-5, 3))
print(10 ** 20 // 3, -(10 ** 20) // 3, (10 ** 20) % -7)
print(1 < 2 == 2 > 1, (1 < 2) == (2 > 1), 3 != 3.0, 3 == 3.0 == 3 + 0j)
print(True + True == 2, [] == [] is not None, 1 if (2 if 0 else 3) else 4)
x = 5
x += x * 2
x -= -x
print(x)
print(7 & -7, -7 & 7, 7 | -8, -1 ^ 5, 1 << 64, -1 << 3, -16 >> 2)
