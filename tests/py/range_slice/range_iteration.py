# Iterating ranges, including large and negative ones, and range in comprehensions.
print([i for i in range(-3, 3)], [i for i in range(3, -3, -1)], list(range(0, -10, -3)))
total = 0
for i in range(1, 1001):
    total += i
print(total)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
r = range(5)
print(list(zip(r, r[1:])), list(enumerate(r[::2])))
print(list(range(2 ** 62, 2 ** 62 + 3)), range(2 ** 100)[2 ** 99])
