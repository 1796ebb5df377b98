# float's methods called directly, with their argument errors.
x = 2.75
print(x.__add__(1), x.__radd__(1), x.__sub__(0.25), x.__rsub__(10), x.__mul__(2), x.__rmul__(True))
print(x.__truediv__(2), x.__rtruediv__(11), x.__pow__(2), x.__rpow__(2), x.__neg__(), x.__pos__(), x.__abs__())
print(x.__eq__(2.75), x.__ne__(3), x.__lt__(3), x.__le__(2.75), x.__gt__(2 ** 100), x.__ge__('a'))
print(x.__bool__(), (0.0).__bool__(), x.__int__(), x.__float__(), x.__trunc__(), x.__floor__(), x.__ceil__())
print(x.__round__(), x.__round__(1), x.__round__(-1), (35.0).__round__(-1), (45.0).__round__(-1), x.__getnewargs__())
print(x.__repr__(), x.__hash__(), x.conjugate(), x.real, x.imag, x.__format__('08.3f'), x.__sizeof__())
print(float.__getformat__('double'), float.__getformat__('float'), x.__add__('s'), x.__lshift__ if hasattr(x, '__lshift__') else 'no <<')
calls = [lambda: x.__add__(), lambda: x.__add__(1, 2), lambda: x.__neg__(1), lambda: x.__round__(1, 2),
         lambda: x.__pow__(2, 3), lambda: x.__pow__(), lambda: x.is_integer(1), lambda: x.__format__(),
         lambda: x.__format__(3), lambda: float.__getformat__('int'), lambda: float.fromhex(3),
         lambda: float.__new__(int), lambda: float.__new__(3), lambda: x.__round__(1.5), lambda: x.__divmod__(0)]
for c in calls:
    try:
        print(c())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)
class F(float):
    pass
f = F(1.25)
print(f + 1, type(f + 1).__name__, type(-f).__name__, type(abs(f)).__name__, f.__pos__(), type(f.real).__name__)
print(F.fromhex('0x1p-2'), type(F.fromhex('0x1p-2')).__name__, float.__new__(F, '2.5'), type(float.__new__(F, 2)).__name__)
print(f == 1.25, hash(f) == hash(1.25), round(f), round(f, 1), type(round(f, 1)).__name__, f.as_integer_ratio())
