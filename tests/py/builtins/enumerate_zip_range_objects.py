# Builtin iterator object types and their reprs/behaviour.
e = enumerate("ab", start=5)
print(type(e).__name__, list(e))
z = zip("ab", [1, 2], strict=True)
print(list(z))
print(range(3), repr(range(1, 10, 2)), list(map(lambda *a: a, "ab", "cd")), list(filter(None, range(-2, 3))))
print(len(range(0, 100, 7)), range(0, 100, 7)[-1], slice(1, 2, 3), list(reversed(range(2))))
print(bool(range(0)), bool(enumerate([])), iter([]) is not None)
