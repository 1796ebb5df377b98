# float() from strings and objects.
for s in ("3.14", "  -2.5e3 ", "1_000.5", "inf", "-Infinity", "nan", "NaN", "+1E-2", ".5", "5.", "1e500",
          "0x10" if False else "10", "١٢٣"):
    print(repr(s), float(s))
for bad in ("", "abc", "1.2.3", "1__0", "in f", "0x10", "1e"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(float(), float(3), float(True), float(2 ** 60), float(b"2.5"))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
class F:
    def __float__(self): return 1.25
class I:
    def __index__(self): return 3
print(float(F()), float(I()))
