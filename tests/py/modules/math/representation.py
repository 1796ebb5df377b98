# math functions about the representation of floats: frexp/ldexp round trips, modf, nextafter, ulp, copysign.
import math
vals = [1.0, -1.5, 0.1, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 123.456, -0.0]
for v in vals:
    m, e = math.frexp(v)
    print(v, m, e, math.ldexp(m, e) == v, math.modf(v), math.ulp(v), math.nextafter(v, math.inf), math.nextafter(v, -math.inf))
print(math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(3, -1075), math.ldexp(1.5, 1023), math.ldexp(0.99, 1024))
print(math.ldexp(-1, 10), math.ldexp(2 ** 0.5, -1070), math.ldexp(1.0, -(10 ** 20)), math.ldexp(5, True))
print(math.copysign(3, -0.0), math.copysign(-3, 0.0), math.copysign(math.inf, -1), math.copysign(0.0, -5), math.copysign(1, math.copysign(math.nan, -1)))
print(math.trunc(3.99), math.trunc(-3.99), math.floor(3.99), math.floor(-3.01), math.ceil(3.01), math.ceil(-3.99), math.floor(2 ** 70 + 0.0) == 2 ** 70)
print(math.floor(1e20) == 10 ** 20, type(math.ceil(2.0)).__name__, math.floor(-0.0), math.ceil(-0.5), math.trunc(10 ** 30), math.floor(7))
print(math.isfinite(0.0), math.isfinite(math.nan), math.isinf(1e308), math.isnan(0), math.isfinite(10 ** 300), math.isinf(-math.inf))
