# int() parsing from strings, floats and objects.
print(int(), int(3.9), int(-3.9), int("42"), int("  -17  "), int("+5"))
print(int("1_000"), int("0x1f", 16), int("1f", 16), int("0b101", 0), int("0o17", 0), int("0x10", 0))
print(int("z", 36), int("ZZ", 36), int("101", 2), int("777", 8), int("10", 0))
print(int(True), int(False), int("٣"), int(b"12"), int(bytearray(b"34")))
for bad in ("", "1.5", "abc", "1__0", "_1", "0x", "12a"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in [("12", 1), ("12", 37)]:
    try:
        int(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int("10", base=10.0)
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
class HasIndex:
    def __index__(self): return 7
class HasInt:
    def __int__(self): return 8
class HasTrunc:
    def __trunc__(self): return 9
print(int(HasInt()), int(HasIndex()))
print(int(1e20), int(-1e-5), int(123456789.99))
print(int("0" * 5), int("-0"), int("  1_2  "))
