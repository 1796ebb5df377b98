# round, abs, divmod, pow.
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.49999), round(2.675, 2), round(1234.5678, -2))
print(round(5), round(5, 2), round(15, -1), round(25, -1), type(round(1.5)).__name__, type(round(1.5, 1)).__name__)
print(abs(-3), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-(10 ** 20)))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2, -2), pow(2, 8, 10), pow(-3, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0), pow(3, 4, 5))
print(pow(7, -1, 26), pow(base=2, exp=5), pow(2, 100, 1000007))
from fractions import Fraction
from decimal import Decimal
print(round(Fraction(7, 2)), round(Decimal("2.675"), 2), abs(Fraction(-1, 3)), divmod(Decimal(7), Decimal(2)))
class Roundable:
    def __round__(self, n=None):
        return f"rounded({n})"
print(round(Roundable()), round(Roundable(), 3))
class Absolute:
    def __abs__(self):
        return "absolute"
print(abs(Absolute()))
