# int's methods called directly, round() of ints, and three-argument pow.
n = 37
print(n.__add__(5), n.__radd__(5), n.__sub__(40), n.__rsub__(40), n.__mul__(3), n.__rmul__(3), n.__truediv__(2))
print(n.__rtruediv__(74), n.__floordiv__(-5), n.__rfloordiv__(-500), n.__mod__(-5), n.__rmod__(500), n.__divmod__(-5))
print(n.__rdivmod__(1000), n.__pow__(2), n.__pow__(2, 10), n.__rpow__(2), n.__rpow__(2, 5), n.__lshift__(3), n.__rlshift__(1))
print(n.__rshift__(2), n.__rrshift__(1024), n.__and__(6), n.__rand__(6), n.__or__(64), n.__ror__(64), n.__xor__(5), n.__rxor__(5))
print(n.__neg__(), n.__pos__(), n.__abs__(), (-n).__abs__(), n.__invert__(), n.__bool__(), (0).__bool__(), n.__int__(), n.__index__())
print(n.__float__(), n.__trunc__(), n.__floor__(), n.__ceil__(), n.__round__(), n.__round__(-1), n.__repr__(), n.__hash__())
print(n.__eq__(37), n.__ne__(37.0), n.__lt__(38), n.__le__(36), n.__gt__(1.5), n.__ge__('x'), n.__add__(1.5), n.__getnewargs__())
print(n.conjugate(), n.real, n.imag, n.numerator, n.denominator, n.as_integer_ratio(), n.bit_length(), n.bit_count())
print((-n).bit_length(), (2 ** 100).bit_length(), (2 ** 100 - 1).bit_count(), (0).bit_length(), (-(2 ** 64)).bit_count())
for v, d in [(15, -1), (25, -1), (35, -1), (-15, -1), (-25, -1), (12345, -2), (-12350, -2), (12250, -2), (5, -1),
             (2 ** 70 + 5 * 10 ** 10, -11), (7, 3), (7, 0), (123, -5), (-1, -100)]:
    print(v, d, round(v, d), v.__round__(d))
print(round(5, None), type(round(5)).__name__, type(round(True)).__name__, round(True, 2))
for a, b, m in [(2, 10, 1000), (3, -1, 7), (3, 2, -7), (-3, 3, 7), (-3, 3, -7), (5, 0, 1), (5, 0, -1), (2, 10 ** 18, 10 ** 9 + 7),
                (12345678901234567890, 98765, 2 ** 61 - 1), (10, -3, 17), (0, 0, 5)]:
    print(a, b, m, pow(a, b, m))
for f in [lambda: pow(2, -1, 4), lambda: pow(3, 2, 0), lambda: pow(3, 2.0, 7), lambda: pow(3.0, 2, 7), lambda: 0 ** -1,
          lambda: (2 ** 2000) ** -1, lambda: n.__add__(), lambda: n.__round__(1, 2), lambda: n.__round__(1.0),
          lambda: n.bit_length(1), lambda: n.__format__(1), lambda: n.__divmod__(0), lambda: n.__pow__(), lambda: int.__new__(float, 1)]:
    try:
        print(f())
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
print(2 ** -1, 2 ** -1074, 10 ** -5, (-2) ** -3, 7 ** -2, 3 ** 40, (-3) ** 41, 2 ** 0)
print(n.__format__('08b'), n.__format__('#x'), n.__format__(',d'), (10 ** 7).__format__('_'), n.__format__('.2f'), n.__format__('e'))
