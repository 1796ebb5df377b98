# Sequence patterns: fixed length, star, nested.
def seq(x):
    match x:
        case []:
            return "empty"
        case [only]:
            return f"one: {only}"
        case [first, second]:
            return f"two: {first}, {second}"
        case [first, *middle, last] if not middle:
            return "unreachable"
        case [0, *rest]:
            return f"starts with 0, rest {rest}"
        case [first, *_, last]:
            return f"first {first}, last {last}"
for v in [[], [1], (1, 2), [0, 1, 2, 3], [5, 6, 7], range(4), "ab", b"ab"]:
    try:
        print(repr(v), "->", seq(v))
    except Exception as e:
        print(type(e).__name__, e)
def nested(x):
    match x:
        case [(a, b), [c, *d]]:
            return a, b, c, d
        case _:
            return "no"
print(nested([(1, 2), [3, 4, 5]]), nested([(1, 2), []]), nested("xy"))
print(seq("ab") if False else "strings are not sequences for match")
match "abc":
    case [a, b, c]:
        print("matched string as sequence")
    case str():
        print("str is not matched by sequence patterns")
