# float/int comparisons are exact (not via conversion to float); hashes equal CPython's.
big = 2 ** 53 + 1
print(big == 2.0 ** 53, big > 2.0 ** 53, 2.0 ** 53 < big, 2 ** 53 == 2.0 ** 53, big != float(big))
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float('inf'), -10 ** 400 > float('-inf'))
print(2 ** 63 == 9.223372036854776e18, 2 ** 63 - 1 < 9.223372036854776e18, 0.5 < 1, -0.5 > -1, 1.5 > 2 ** 70)
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan > 10 ** 400, 10 ** 400 == nan, 1 != nan)
print((2 ** 60 + 0.5) == 2 ** 60, 1e16 + 1 == 10 ** 16, 1e16 == 10 ** 16)
for v in [0.0, -0.0, 1.0, -1.0, 1.5, -2.5, 0.1, 1e100, -1e-300, 2.0 ** 61, 2.0 ** 64 + 2 ** 12, 123456.789,
          float('inf'), float('-inf'), 5e-324]:
    print(v, hash(v))
print(hash(1.0) == hash(1) == hash(True), hash(2.0 ** 100) == hash(2 ** 100), {1.0: 'a', 1: 'b'})
print(hash(nan) == hash(nan), hash(float('nan')) != 0 or True)
d = {0.5: 1, 1.25: 2, -3.75: 3}
print(d[0.5], d[1.25], d[-3.75], 0.5 in d, 0.25 in d)
