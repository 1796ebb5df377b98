# tuple construction, indexing, slicing, methods.
t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(2), t.index(1, 1))
print(tuple(), tuple("ab"), tuple([1]), tuple(range(3)), tuple({1: "a"}), (1,) * 3, (1, 2) + (3,))
print(() == (), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), max([(1, "b"), (1, "a")]))
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), 2 in t, 5 not in t, list(reversed(t)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
a, b = (b, a) if False else (10, 20)
print(a, b, type(()).__name__, (1, 2).__len__(), (1, 2).__getitem__(0))
