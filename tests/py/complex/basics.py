# complex numbers: construction, arithmetic, attributes.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(z + 1, z * 2, z * 1j, z / 2, (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j))
print(z ** 2, 1j ** 2, (1 + 1j) ** 0.5, 2 ** (1j), z == 3 + 4j, z != z.conjugate())
print(complex(), complex(1), complex(1, 2), complex("1+2j"), complex(" 3-4j "), complex("j"), complex("-1.5e2j"))
print(complex(1 + 2j, 3j), complex(2, 1 + 1j))
print(repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(-0.0, -0.0)), repr(1e20 + 1e-20j), repr(complex(1, float("inf"))))
print(type(z).__name__, hash(1 + 0j) == hash(1), hash(0j))
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print("TypeError:", e)
try:
    1j / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("1+")
except ValueError as e:
    print("ValueError:", e)
try:
    int(1j)
except TypeError as e:
    print("TypeError:", e)
print(format(1 + 2j, ".2f"), format(1.5 - 2.25j, ""), f"{3j:>10}", format(1 + 2j, "^20.3e"))
print((1 + 2j).__add__(1), (1 + 2j).__rsub__(1), complex.__name__)
