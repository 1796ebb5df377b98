# enumerate, zip, map, filter, reversed.
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), list(zip(*[[1, 2], [3, 4]])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1], [2], strict=True)))
print(list(map(abs, [-1, -2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "cde")))
print(list(filter(None, [0, 1, "", "x", None, []])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(len, [1]))
except TypeError as e:
    print("TypeError:", e)
e = enumerate("xy")
print(next(e), next(e), next(e, None))
z = zip("ab", "cd")
print(next(z), list(z), list(z))
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(reversed([])).__name__)
