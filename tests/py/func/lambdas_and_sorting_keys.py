# Lambdas used as keys and callbacks.
people = [("Ann", 31), ("bob", 25), ("Cid", 31), ("dee", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0].lower())))
print(max(people, key=lambda p: len(p[0]) + p[1]), min(people, key=lambda p: p[0].lower()))
print(list(filter(lambda p: p[1] > 20, people)), list(map(lambda p: p[0][0], people)))
from functools import reduce
print(reduce(lambda acc, p: acc + p[1], people, 0), reduce(lambda a, b: a * b, range(1, 6)))
table = {name: (lambda n=name: n.upper()) for name, _ in people}
print([fn() for fn in table.values()])
