# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate.
for v in (1.0, 1.5, -0.25, 1e300, 0.1):
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex(), v.conjugate(), v.real, v.imag)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x1.fffffffffffffp+1023"))
print(float.fromhex("inf"), float.fromhex("0x0p0"), (2.5).__trunc__(), (-2.5).__floor__(), (2.1).__ceil__())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print((3.7).__round__(), (3.75).__round__(1), (2.5).__round__(), (-0.5).__round__())
print(float.__name__, (1.5).__add__(1), (1.5).__radd__(1), (1.5).__eq__(1.5), (1.5).__add__("x"))
