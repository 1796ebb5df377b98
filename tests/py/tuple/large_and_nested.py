# Larger and nested tuples.
t = tuple(range(1000))
print(len(t), sum(t), t[500], t[-1], t[990:], t.index(999), t.count(7))
nested = ((1, (2, (3, (4, (5,))))),)
depth = 0
cur = nested
while isinstance(cur, tuple) and cur:
    depth += 1
    cur = cur[-1]
print(depth, cur)
flat = []
def walk(x):
    if isinstance(x, tuple):
        for y in x:
            walk(y)
    else:
        flat.append(x)
walk(nested)
print(flat)
print(tuple(zip(*[(1, 2, 3), (4, 5, 6)])))
