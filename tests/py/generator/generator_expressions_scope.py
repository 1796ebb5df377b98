# Scoping rules for comprehensions and generator expressions in class bodies.
class C:
    base = 10
    items = [1, 2, 3]
    shifted = [x + 1 for x in items]
    try:
        bad = [x + base for x in items]
    except NameError as e:
        error = str(e)
    first_iter_ok = list(x for x in items)
print(C.shifted, C.error, C.first_iter_ok)
def f():
    y = 5
    return [x + y for x in range(3)], list(x * y for x in range(3))
print(f())
x = "outer"
print([x for x in "ab"], x)
