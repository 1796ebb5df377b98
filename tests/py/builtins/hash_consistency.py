# hash of numbers across types is consistent with equality.
from fractions import Fraction
from decimal import Decimal
vals = [1, 1.0, True, Fraction(1), Decimal(1), complex(1, 0)]
print([hash(v) for v in vals])
print(hash(0.5) == hash(Fraction(1, 2)), hash(Decimal("0.5")) == hash(0.5), hash(-1) == hash(-1.0))
print(hash(2 ** 64) == hash(float(2 ** 64)), hash(1e100) == hash(int(1e100)))
print(len({1, 1.0, True, Fraction(1), Decimal(1)}))
print(hash(float("inf")), hash(float("-inf")), hash(314159), hash(-314159))
print(hash(1.5), hash(0.1), hash(-2.25), hash(1e-300), hash(3.0e20))
print(hash(complex(1, 2)), hash(complex(0, 1)), hash((1, 2, 3)), hash(()), hash((1,)), hash(((1, 2), 3)))
