# Matching builtin types: bool vs int, None, tuples vs lists.
def kind(x):
    match x:
        case bool():
            return "bool"
        case int():
            return "int"
        case float():
            return "float"
        case str() | bytes():
            return "text"
        case tuple():
            return "tuple"
        case list():
            return "list"
        case dict():
            return "dict"
        case None:
            return "none"
        case _:
            return type(x).__name__
print([kind(v) for v in [True, 1, 1.0, "s", b"b", (), [], {}, None, set(), 1j]])
match 1:
    case True:
        print("1 matched True (==)")
    case _:
        print("1 does not match True (literal True uses is)")
match 1.0:
    case 1:
        print("1.0 matches 1 by equality")
