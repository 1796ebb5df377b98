# Set comprehensions and misc methods.
evens = {x for x in range(20) if x % 2 == 0}
print(evens, min(evens), max(evens), sum(evens), sorted(evens, reverse=True)[:3])
squares = {x * x % 11 for x in range(11)}
print(squares)
s = set(range(10))
print(s - evens, s ^ evens, {x for x in s if x in evens} == evens & s)
print(set.union(*[{1}, {2}, {3}]), set.intersection(*[{1, 2}, {2, 3}, {2, 4}]))
print(len(set(range(100000)) - set(range(0, 100000, 2))))
