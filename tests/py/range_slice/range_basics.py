# range objects: construction, len, indexing, slicing, membership.
for r in (range(5), range(2, 10), range(0, 20, 3), range(10, 0, -2), range(0), range(5, 1), range(-5, 5, 4)):
    print(r, list(r), len(r), r.start, r.stop, r.step, bool(r))
r = range(0, 100, 7)
print(r[0], r[-1], r[3], r[2:5], r[::-1], r[::2], r[-3:], 49 in r, 50 in r, r.index(49), r.count(49))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(50)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(range(3) == range(0, 3), range(0) == range(5, 1), range(0, 3, 2) == range(0, 4, 2), hash(range(3)) == hash(range(0, 3)))
big = range(10 ** 18)
print(len(big), big[-1], 10 ** 17 in big, big[10 ** 17:10 ** 17 + 3])
print(list(reversed(range(1, 4))), sum(range(101)), max(range(7)), range(5)[::-1][0])
