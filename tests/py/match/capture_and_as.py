# Capture patterns, as-patterns and guards.
def f(x):
    match x:
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num if num > 100:
            return f"big number {num}"
        case (a, b) as pair if a == b:
            return f"equal pair {pair}"
        case str() as s:
            return f"string of {len(s)}"
        case other:
            return f"captured {other!r}"
for v in [-5, 500, 250.5, (1, 1), (1, 2), "abc", 7, [3, 3]]:
    print(repr(v), "->", f(v))
match 42:
    case x:
        pass
print("x after match:", x)
