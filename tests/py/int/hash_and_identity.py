# Hash values of ints are the values themselves (mod 2**61-1), -1 maps to -2.
for n in (0, 1, -1, -2, 42, 10 ** 10, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61 + 5)):
    print(n, hash(n))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(0j))
print(hash(2.5), hash(-0.5), hash(1e100) == hash(int(1e100)))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
