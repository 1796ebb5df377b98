# int methods and attributes.
for n in (0, 1, 5, 255, -255, 2 ** 40):
    print(n, n.bit_length(), n.bit_count(), n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"", "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).as_integer_ratio(), (7).__index__(), int.__name__)
print((5).__add__(3), (5).__radd__(3), (5).__sub__(7), (5).__rsub__(7))
print((5).__truediv__(2), (5).__floordiv__(2), (5).__mod__(3), (5).__pow__(2))
print((5).__eq__(5.0), (5).__eq__("5"), (5).__lt__(6), (5).__add__("x"))
print(int.bit_length(1023), (3).__neg__(), (3).__invert__(), (3).__abs__())
