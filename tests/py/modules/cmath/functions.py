# cmath: complex math.
import cmath
z = complex(3, 4)
print(cmath.sqrt(-1), cmath.sqrt(z), cmath.phase(-1), cmath.phase(z), abs(z), cmath.polar(z), cmath.rect(2, cmath.pi / 2))
print(cmath.exp(1j * cmath.pi), cmath.log(-1), cmath.log(z, 10), cmath.log10(100j), cmath.sin(1j), cmath.cos(1 + 1j))
print(cmath.isclose(cmath.exp(1j * cmath.pi), -1, abs_tol=1e-12), cmath.isfinite(z), cmath.isinf(complex("inf")), cmath.isnan(complex("nan")))
print(cmath.pi, cmath.e, cmath.inf, cmath.infj, cmath.nanj)
print(cmath.acos(2), cmath.asinh(1j), cmath.tanh(1 + 2j))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError:", e)
