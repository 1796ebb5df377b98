# complex(): numbers, strings, __complex__, keywords, subclasses; complex's methods and their errors.
print(complex(), complex(2), complex(2.5, -1), complex(1j), complex(1j, 1j), complex(1 + 2j, 3), complex(2, 1 + 1j))
print(complex(real=1.5), complex(imag=2), complex(real=1, imag=2), complex(-0.0, -0.0), complex(True, False))
for s in ['1+2j', ' 3-4j ', 'j', '-j', '+j', '2.5J', '-1.5e2j', '1e5', '(1+2j)', ' ( -1-1j ) ', 'inf+nanj', '-infj',
          'NaN', '1_000+2_0j', '.5j', '5.j', '1e-3-1e-3j', '1+j', '-1-j']:
    print(repr(s), complex(s))
for s in ['', '1+', '1 + 2j', '(1', '1j2', '1+2', '1+-2j', '--1', 'j1', '()', 'jj', '1__0', '_1', '1_', 'x']:
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
class C:
    def __complex__(self):
        return complex(1, -0.0)
class Bad:
    def __complex__(self):
        return 5
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(C(), 2), complex(F()), complex(F(), F()), complex(I()), complex(1, I()))
for f in [lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex([]), lambda: complex(1, []), lambda: complex(x=1),
          lambda: complex(1, 2, 3), lambda: complex(1, imag=2, real=3), lambda: complex(Bad()), lambda: complex(b'1'),
          lambda: complex.__new__(int), lambda: (1j).__add__(), lambda: (1j).__pow__(2, 3), lambda: (1j).conjugate(1),
          lambda: (1j).__format__(1), lambda: format(1j, 'd'), lambda: format(1j, '010'), lambda: int(1j), lambda: float(1j)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), z.__getnewargs__(), z.__complex__(), z.__abs__(), z.__neg__(), z.__bool__())
print(z.__add__(1), z.__radd__(1), z.__sub__(1), z.__rsub__(1), z.__mul__(1j), z.__rmul__(2), z.__truediv__(2), z.__rtruediv__(25))
print(z.__pow__(2), z.__rpow__(2), z.__eq__(3 - 4j), z.__ne__(3), z.__lt__(1), z.__add__('x'), z.__hash__())
print(format(z, ''), format(z, '.2f'), format(z, '+.1e'), format(z, '>20'), format(z, '^20.3g'), f'{z:g}', f'{1.5j:}')
class Z(complex):
    pass
w = Z(1, 2)
print(w, type(w).__name__, w + 1, type(w + 1).__name__, type(-w).__name__, type(w.conjugate()).__name__, Z('3+1j'))
print(complex.__new__(Z, 1, 1), type(complex.__new__(Z, 2)).__name__, w == 1 + 2j, hash(w) == hash(1 + 2j))
