# math's real functions over a grid of values: results must be the same doubles as CPython's (glibc's).
import math
xs = [0.0, 0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.5, 10.0, 12.25, 100.0, 1e-8, 0.01, 0.3, 0.7]
for name in ['exp', 'expm1', 'log1p', 'sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'sqrt', 'exp2']:
    f = getattr(math, name)
    print(name, [f(x) for x in xs])
    if name != 'sqrt':
        print(name, [f(-x) for x in xs if name != 'log1p' or x < 1])
for name in ['log', 'log2', 'log10']:
    f = getattr(math, name)
    print(name, [f(x) for x in xs if x > 0], [f(n) for n in (1, 2, 3, 7, 10, 1000, 2 ** 100, 10 ** 50, 10 ** 400)])
print('asin', [math.asin(x) for x in xs if x <= 1], [math.asin(-x) for x in xs if x <= 1])
print('acos', [math.acos(x) for x in xs if x <= 1], [math.acos(-x) for x in xs if x <= 1])
print('atanh', [math.atanh(x) for x in xs if x < 1], [math.atanh(-x) for x in xs if x < 1])
print('acosh', [math.acosh(x) for x in xs if x >= 1])
print('atan2', [math.atan2(y, x) for y in (-2.0, -0.0, 0.0, 1.0, 3.5) for x in (-1.5, -0.0, 0.0, 2.0)])
print('pow', [math.pow(b, e) for b in (0.5, 2.0, 3.0, 10.0, 1.5) for e in (-2.5, -1, 0, 0.5, 1 / 3, 2, 7.25)])
print('hypot', math.hypot(3, 4), math.hypot(1, 1), math.hypot(0.1, 0.2, 0.3), math.hypot(1e200, 1e200), math.hypot(1e-200, 3e-200))
print('big', math.sin(1e22), math.cos(1e300), math.tan(2 ** 60), math.sin(math.pi), math.cos(math.pi / 2), math.sin(-0.0))
print('tiny', math.sin(1e-300), math.tan(5e-324), math.exp(-745), math.exp(-744.5), math.exp(709.7), math.log(5e-324), math.expm1(1e-300))
print('deg', math.degrees(1), math.radians(45), math.degrees(-math.pi / 3), math.radians(1e308 * 10))
print('erf', [math.erf(x) for x in (0.0, -0.0, 0.1, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.5, 10.0, 1e-8, 0.3, -0.7, 1e-300)])
print('erfc', [math.erfc(x) for x in (0.25, 0.5, 0.75, 1.5, 2.5, 4.0, 5.5, 10.0, 12.25, 1e-8, 0.01, 0.3, 0.7, -0.5, -2.0, -3.0, 30.0, -30.0)])
print('gamma', [math.gamma(n) for n in range(1, 24)], math.lgamma(1), math.lgamma(2))
