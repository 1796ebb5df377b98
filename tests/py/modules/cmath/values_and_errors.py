# cmath: the functions on finite values (same doubles as CPython), branch cuts, errors and constants.
import cmath
zs = [1 + 2j, -1.5 + 0.5j, 0.25 - 3j, 2, -3, 0.5j, -0.5j, 1e-5 + 1e-5j, 3.5 - 0j, complex(-2, -0.0), complex(-2, 0.0)]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, name)
    out = []
    for z in zs:
        try:
            out.append(f(z))
        except ValueError as e:
            out.append('ValueError')
    print(name, out)
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.polar(3 + 4j), cmath.polar(-2), cmath.rect(2, cmath.pi / 3))
print(cmath.rect(1, 0), cmath.rect(-1, 0.5), cmath.rect(0, 2), cmath.log(8, 2), cmath.log(1j, 2), cmath.log(-1), cmath.log(100 + 0j, 10 + 0j))
print(cmath.sqrt(1e-320 + 1e-320j), cmath.log(1e300 + 1e300j), cmath.exp(709.5 + 0.5j), cmath.atanh(1 + 1e-200j), cmath.tan(1000j))
print(cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0, 1e-10j, abs_tol=1e-9), cmath.isclose(cmath.inf, cmath.inf))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(1, cmath.inf)), cmath.isnan(complex(cmath.nan, 1)), cmath.isinf(1), cmath.isnan(2.5))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.sqrt(complex(cmath.inf, cmath.nan)), cmath.sqrt(complex(-cmath.inf, 1)), cmath.exp(complex(-cmath.inf, 1)), cmath.log(complex(cmath.inf, -1)))
for f in [lambda: cmath.sqrt(), lambda: cmath.sqrt('a'), lambda: cmath.log(0), lambda: cmath.log(2, 1), lambda: cmath.log(),
          lambda: cmath.log(1, 2, 3), lambda: cmath.rect(1), lambda: cmath.rect(1, cmath.inf), lambda: cmath.polar(1e308 + 1e308j),
          lambda: cmath.exp(1000), lambda: cmath.cosh(1000 + 1j), lambda: cmath.sinh(1000), lambda: cmath.atanh(1), lambda: cmath.atanh(-1),
          lambda: cmath.isclose(1j, 1j, rel_tol=-1), lambda: cmath.exp(complex(0, cmath.inf))]:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
class C:
    def __complex__(self):
        return 3 + 4j
class R:
    def __float__(self):
        return 0.5
print(cmath.sqrt(C()), cmath.exp(R()), cmath.phase(C()), abs(cmath.exp(1j * cmath.pi / 4)))
