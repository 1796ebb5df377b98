# Floor division and modulo follow the sign of the divisor.
for a in range(-7, 8, 2):
    row = []
    for b in (-3, -2, 2, 3):
        q, r = divmod(a, b)
        assert q * b + r == a
        row.append(f"{a}//{b}={q} {a}%{b}={r}")
    print("; ".join(row))
print(-1 // 10 ** 20, -1 % 10 ** 20, 10 ** 20 // -7, 10 ** 20 % -7)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % 2.5, -7 % -2.5)
