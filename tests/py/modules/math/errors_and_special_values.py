# math: CPython's exceptions and messages, special values (inf, nan, -0.0) and argument checking.
import math
inf, nan = math.inf, math.nan
def show(label, f):
    try:
        r = f()
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, type(e).__name__ + ':', e)
    else:
        print(label, repr(r))
cases = {
    'sqrt(-1)': lambda: math.sqrt(-1), 'sqrt(-0.0)': lambda: math.sqrt(-0.0), 'sqrt(inf)': lambda: math.sqrt(inf),
    'log(0)': lambda: math.log(0), 'log(-1)': lambda: math.log(-1), 'log(0.0)': lambda: math.log(0.0), 'log(inf)': lambda: math.log(inf),
    'log(-10**400)': lambda: math.log(-10 ** 400), 'log(8, 2)': lambda: math.log(8, 2), 'log(1, 1)': lambda: math.log(1, 1),
    'log(10**400, 10)': lambda: math.log(10 ** 400, 10), 'log2(2**2000)': lambda: math.log2(2 ** 2000), 'log10(10**400)': lambda: math.log10(10 ** 400),
    'log()': lambda: math.log(), 'log(1,2,3)': lambda: math.log(1, 2, 3), 'log1p(-1)': lambda: math.log1p(-1), 'log1p(-2)': lambda: math.log1p(-2),
    'exp(1000)': lambda: math.exp(1000), 'exp(-1000)': lambda: math.exp(-1000), 'exp(-inf)': lambda: math.exp(-inf), 'exp(nan)': lambda: math.exp(nan),
    'expm1(1000)': lambda: math.expm1(1000), 'exp2(1024)': lambda: math.exp2(1024), 'exp2(-1075)': lambda: math.exp2(-1075),
    'cosh(1000)': lambda: math.cosh(1000), 'sinh(-1000)': lambda: math.sinh(-1000), 'tanh(1000)': lambda: math.tanh(1000),
    'asin(2)': lambda: math.asin(2), 'acos(-1.5)': lambda: math.acos(-1.5), 'acosh(0)': lambda: math.acosh(0), 'atanh(1)': lambda: math.atanh(1),
    'atanh(-1)': lambda: math.atanh(-1), 'sin(inf)': lambda: math.sin(inf), 'cos(nan)': lambda: math.cos(nan), 'tan(-inf)': lambda: math.tan(-inf),
    'atan(inf)': lambda: math.atan(inf), 'atan2(0, -0.0)': lambda: math.atan2(0.0, -0.0), 'atan2(-0.0, -1)': lambda: math.atan2(-0.0, -1),
    'atan2(inf, inf)': lambda: math.atan2(inf, -inf), 'pow(0, -1)': lambda: math.pow(0, -1), 'pow(-8, 1/3)': lambda: math.pow(-8, 1 / 3),
    'pow(10, 400)': lambda: math.pow(10, 400), 'pow(inf, -1)': lambda: math.pow(inf, -1), 'pow(nan, 0)': lambda: math.pow(nan, 0),
    'pow(-inf, 3)': lambda: math.pow(-inf, 3), 'pow(-1, inf)': lambda: math.pow(-1, inf), 'pow(0.5, -inf)': lambda: math.pow(0.5, -inf),
    'pow(1)': lambda: math.pow(1), 'fmod(1, 0)': lambda: math.fmod(1, 0), 'fmod(inf, 1)': lambda: math.fmod(inf, 1), 'fmod(1, inf)': lambda: math.fmod(1, inf),
    'fmod(-7, 3)': lambda: math.fmod(-7, 3), 'fmod(7, -3.5)': lambda: math.fmod(7, -3.5), 'remainder(7, 2)': lambda: math.remainder(7, 2),
    'remainder(5, 2)': lambda: math.remainder(5, 2), 'remainder(-5, 2)': lambda: math.remainder(-5, 2), 'remainder(-4, 2)': lambda: math.remainder(-4, 2),
    'remainder(1, 0)': lambda: math.remainder(1, 0), 'remainder(inf, 1)': lambda: math.remainder(inf, 1), 'remainder(1, inf)': lambda: math.remainder(1, inf),
    'remainder(10.5, 0.75)': lambda: math.remainder(10.5, 0.75), 'copysign(1, -0.0)': lambda: math.copysign(1, -0.0), 'copysign(-2, nan)': lambda: math.copysign(-2, nan),
    'frexp(0.0)': lambda: math.frexp(0.0), 'frexp(-3.0)': lambda: math.frexp(-3.0), 'frexp(inf)': lambda: math.frexp(inf), 'frexp(5e-324)': lambda: math.frexp(5e-324),
    'ldexp(1.0, 2000)': lambda: math.ldexp(1.0, 2000), 'ldexp(1.0, -2000)': lambda: math.ldexp(1.0, -2000), 'ldexp(1.0, 10**30)': lambda: math.ldexp(1.0, 10 ** 30),
    'ldexp(0.0, 10**30)': lambda: math.ldexp(0.0, 10 ** 30), 'ldexp(3, -1074)': lambda: math.ldexp(3, -1074), 'ldexp(1, 2.0)': lambda: math.ldexp(1, 2.0),
    'ldexp(0.75, -1073)': lambda: math.ldexp(0.75, -1073), 'modf(-3.5)': lambda: math.modf(-3.5), 'modf(inf)': lambda: math.modf(inf),
    'modf(-inf)': lambda: math.modf(-inf), 'modf(-2.0)': lambda: math.modf(-2.0), 'nextafter(1, 2)': lambda: math.nextafter(1, 2),
    'nextafter(0.0, -1)': lambda: math.nextafter(0.0, -1), 'nextafter(inf, 0)': lambda: math.nextafter(inf, 0), 'ulp(1)': lambda: math.ulp(1),
    'ulp(0)': lambda: math.ulp(0), 'ulp(-inf)': lambda: math.ulp(-inf), 'ulp(1e308)': lambda: math.ulp(1e308), 'ulp(5e-324)': lambda: math.ulp(5e-324),
    'sqrt()': lambda: math.sqrt(), 'sqrt(1, 2)': lambda: math.sqrt(1, 2), 'sqrt(x=1)': lambda: math.sqrt(x=1), "sqrt('a')": lambda: math.sqrt('a'),
    'sqrt(10**400)': lambda: math.sqrt(10 ** 400), 'sqrt(True)': lambda: math.sqrt(True), 'atan2(1)': lambda: math.atan2(1),
    'floor(nan)': lambda: math.floor(nan), 'ceil(-inf)': lambda: math.ceil(-inf), "floor('a')": lambda: math.floor('a'), "trunc('a')": lambda: math.trunc('a'),
    'floor(-0.5)': lambda: math.floor(-0.5), 'ceil(1e300)': lambda: math.ceil(1e300) == 10 ** 300, 'trunc(-2.7)': lambda: math.trunc(-2.7),
    'floor(True)': lambda: math.floor(True), 'isfinite(1e308*10)': lambda: math.isfinite(1e308 * 10), 'isnan(nan)': lambda: math.isnan(nan),
    'isinf(-inf)': lambda: math.isinf(-inf), "isclose(1)": lambda: math.isclose(1), 'isclose(1,2,3)': lambda: math.isclose(1, 2, 3),
    'isclose(rel_tol=-1)': lambda: math.isclose(1, 2, rel_tol=-1), 'isclose(inf, inf)': lambda: math.isclose(inf, inf),
    'isclose(1, 1+1e-10)': lambda: math.isclose(1.0, 1.0 + 1e-10), 'isclose(abs_tol)': lambda: math.isclose(0.0, 1e-10, abs_tol=1e-9),
    'isclose(nan, nan)': lambda: math.isclose(nan, nan), 'degrees(1e308)': lambda: math.degrees(1e308),
}
for label, f in cases.items():
    show(label, f)
class Floor:
    def __floor__(self):
        return 'floored'
    def __ceil__(self):
        return 'ceiled'
    def __trunc__(self):
        return 'truncated'
class Real:
    def __float__(self):
        return 2.25
class Index:
    def __index__(self):
        return 9
print(math.floor(Floor()), math.ceil(Floor()), math.trunc(Floor()), math.floor(Real()), math.sqrt(Real()), math.sqrt(Index()))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.pi).__name__)
