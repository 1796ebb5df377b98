# complex mixed with int, float and bool; equality and hashing rules.
z = 2 + 3j
print(z + 1, 1 + z, z * True, z - 0.5, 0.5 - z, z / 2, 2 / z, z ** 0, z ** 1, z ** -1, z ** 0.5)
print(z == complex(2, 3), 2 + 0j == 2, (2 + 0j) == 2.0, {2: "int"}[2 + 0j], hash(2 + 0j) == hash(2))
print(z.real + z.imag, (z * z.conjugate()).real, abs(z) ** 2)
print(divmod(7, 2) if True else None)
try:
    divmod(z, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    z // 2
except TypeError as e:
    print("TypeError:", e)
try:
    z % 2
except TypeError as e:
    print("TypeError:", e)
print(sum([1j, 2, 3.5]), [1j * 1j, (-1) ** 0.5 == 1j])
print(pow(2j, 2), pow(1 + 1j, 2), (1e200 + 1e200j) * (1e200 + 1e200j))
