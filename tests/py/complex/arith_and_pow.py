# complex arithmetic: mixed operands, Smith division, integer and general powers, errors.
zs = [1 + 2j, -3.5 + 0.25j, 2j, complex(1e200, 1e200), complex(1e-300, -1e-300), 0.5 - 0j]
for a in zs:
    for b in zs[:3]:
        print(a + b, a - b, a * b, a / b)
print((1 + 2j) + 1, 1 - (1 + 2j), 2.5 * (1 - 1j), (1 + 1j) / 2, 3 / (1 + 1j), True + 1j, (2 ** 70) * 1j)
for n in [0, 1, 2, 3, 7, -1, -2, 10, 100, 101, -100]:
    print(n, (1 + 1j) ** n, (0.5 - 0.25j) ** n)
print((1 + 2j) ** 0.5, (1 + 2j) ** (1 + 1j), 2 ** (1 + 1j), 2.5 ** 1j, (-1) ** 0.5, (-8) ** (1 / 3), 1j ** 1j)
print(0j ** 0, 0j ** 2, 0j ** 2.5, (0j) ** (2 + 0j), complex(float('inf'), 0) ** 2, (1e200 + 1e200j) ** 2)
for f in [lambda: 1j / 0, lambda: (1 + 1j) / 0j, lambda: 1 / 0j, lambda: 0j ** -1, lambda: 0j ** 1j,
          lambda: (1e300 + 1j) ** 5, lambda: pow(1j, 2, 3), lambda: 1j // 2, lambda: 1j % 2, lambda: abs(complex(1e308, 1e308)),
          lambda: 1j < 2j, lambda: (1 + 1j) > 1]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(abs(3 + 4j), abs(-5j), abs(complex(float('inf'), float('nan'))), abs(complex(1e-320, 1e-320)), abs(1e300 + 1e300j))
print(1 + 0j == 1, 1 + 0j == 1.0, 1j == 1j, 1 + 1j != 1, complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, complex(2.0 ** 70) == 2 ** 70)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(3 + 4j), hash(-1 + 0j), hash(complex(0.5, -0.5)))
print(-(1 + 2j), +(1 - 2j), -(0j), -complex(0.0, -0.0), bool(0j), bool(1e-300j), (1 + 2j).conjugate())
