# Format spec on strings.
s = "hello"
for spec in ["", "s", "10", "<10", ">10", "^10", "^11", "*^11", ".3", "10.2", "-^9", "0>8"]:
    print(repr(spec), repr(format(s, spec)))
try:
    format(s, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(s, "+")
except ValueError as e:
    print("ValueError:", e)
try:
    format(s, "=10")
except ValueError as e:
    print("ValueError:", e)
print(repr(format("", "5")), repr(format("é中", "^6")), repr(format(None, "")), repr(format([1], "")))
try:
    format([1], "5")
except TypeError as e:
    print("TypeError:", e)
