# Generator expressions: laziness, scoping of the first iterable.
g = (x * 2 for x in range(5))
print(next(g), next(g), list(g), list(g))
data = [1, 2, 3]
g = (x for x in data)
data = [10, 20]
print(list(g))
lst = [1, 2, 3]
g = (x for x in lst)
lst.append(4)
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
def gen_raising():
    yield 1
    raise ValueError("inside")
g = (x for x in gen_raising())
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(sum(x * x for x in range(10)), "".join(c.upper() for c in "abc"), max((len(w), w) for w in ["aa", "b"]))
print(sorted((y for y in "hello"), reverse=True), dict((i, i * i) for i in range(3)))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(type(x for x in []).__name__)
