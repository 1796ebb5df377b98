# Star patterns in different positions and mapping **rest.
def g(x):
    match x:
        case [*head, "end"]:
            return f"head={head}"
        case ["start", *tail]:
            return f"tail={tail}"
        case [a, *mid, b, c]:
            return f"a={a} mid={mid} b={b} c={c}"
        case _:
            return "none"
for v in [["x", "y", "end"], ["start", 1, 2], [1, 2, 3, 4, 5], [1, 2], ["end"]]:
    print(v, g(v))
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **others}:
        print("others:", others)
match {"k": None}:
    case {"k": None}:
        print("None value matched")
