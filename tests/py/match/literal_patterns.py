# Literal, value and wildcard patterns.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "True"
        case None:
            return "None"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case _:
            return f"other {x!r}"
for v in [0, 2, "hello", b"bytes", True, None, -1, 1.5, 2 + 3j, 1.0, False, "x", 3.0]:
    print(repr(v), "->", describe(v))
