# Tuple packing and unpacking rules.
t = 1, 2, 3
a, b, c = t
print(a, b, c)
x, = [42]
print(x)
(y,) = "z"
print(y)
for bad in [(1, 2, 3), (1,)]:
    try:
        p, q = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
h, *mid, tl = (1, 2, 3, 4, 5)
print(h, mid, tl, type(mid).__name__)
((a, b), (c, d)) = ((1, 2), (3, 4))
print(a, b, c, d)
def ret():
    return 1, (2, 3)
one, (two, three) = ret()
print(one, two, three)
print([(i, s) for i, s in enumerate("ab")])
it = iter(range(100))
first, second, *_ = range(5)
print(first, second, _)
