# More complex arithmetic edge cases.
print((2 + 3j) - (2 + 3j), (1e308 + 1e308j) * 10, 0j ** 0, 0j ** 1)
print((1 + 1j) ** 3, (1 - 1j) ** -1, pow(1j, 4), (-1) ** 0.5)
print(abs(3j), abs(-4 + 0j), abs(complex(float("inf"), 1)))
print(complex(True, False), complex(2.5), complex("1e3"), complex("(1+2j)"))
zs = [1 + 1j, 1 - 1j, -1 + 0.5j]
print(sum(zs), [z.imag for z in zs], sorted(zs, key=abs))
print(1j * 1j == -1, (1 + 0j) == 1, (1 + 0j) == True, 1j in [1j])
class C:
    def __complex__(self): return 5 + 6j
print(complex(C()))
