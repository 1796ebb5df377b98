# format() builtin with various types.
print(format(3.14159, ".2f"), format(42, "b"), format(42, "#o"), format("hi", "^6"), format(1e6, ",.0f"))
print(format(0.5, "%"), format(255, "X"), format(-7, "+05d"), format(True), format(None), format([1, 2]))
print(format(12.0), format(1e-7), format(123456789.0), format(2 ** 70), format(1 + 1j), format(b"x"))
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(format(Fmt(), "abc"), format(Fmt()), "{:xyz}".format(Fmt()))
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
