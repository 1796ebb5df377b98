# pow with three arguments, negative exponents and modular inverse.
print(pow(2, 10), pow(2, 10, 1000), pow(-2, 3, 5), pow(7, 0, 1), pow(7, 0, 13))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(pow(2, -1), pow(-8, 1 / 3) if False else "skip", pow(0, 0), pow(10, 2, -7))
print(pow(5, 117, 19), pow(12345, 6789, 2 ** 61 - 1))
print(2 ** 0.5, 4 ** 0.5, (-8) ** 2, 9 ** -0.5)
