# Bitwise operators and shifts on ints, including negatives.
vals = [0, 1, 5, 12, -1, -6, 255]
for a in vals:
    print(a, ~a, a << 3, a >> 1, a & 0xF, a | 0x10, a ^ 0b101)
print(-17 >> 2, -1 >> 100, 1 >> 100, 5 << 0)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
print((0b1100 & 0b1010), (0b1100 | 0b1010), (0b1100 ^ 0b1010))
print(True & False, True | False, True ^ True, ~True)
