# Star and double-star unpacking in calls, literals and assignments.
def show(*args, **kwargs):
    return args, sorted(kwargs.items())
a = [1, 2]
b = (3, 4)
print(show(*a, *b))
print(show(0, *a, 5, *b))
print(show(**{"x": 1}, **{"y": 2}, z=3))
print([*a, *b, *"hi"])
print((*a, 9))
print({*a, *b})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(*range(3), sep="-")
first, *rest = *a, *b
print(first, rest)
print([*range(3), *[], *{}])
d = {"k": 1}
print({**d, **{}}, {**d} is d)
def kw_only(*, key):
    return key
print(kw_only(**{"key": "value"}))
print(show(*[1], **{}))
print(*[], *[], "end")
