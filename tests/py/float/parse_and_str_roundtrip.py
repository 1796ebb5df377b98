# float(str(x)) round trips for many values; float repr of computed values.
import math
vals = [0.1 * i for i in range(12)] + [1 / n for n in range(1, 12)] + [math.pi * 10 ** k for k in range(-5, 20, 4)]
for v in vals:
    s = repr(v)
    assert float(s) == v
    print(s)
print(2 / 3 * 3, 0.7 + 0.1, 0.3 - 0.1, 1.15 * 100, 3 * 1.1, 1e23, 1e-7 * 3)
print(float.hex(0.1), float.fromhex("0x1.999999999999ap-4") == 0.1)
