# slice.indices against a reference implementation over many combinations.
import itertools
def ref_indices(start, stop, step, n):
    return list(range(n))[slice(start, stop, step)]
vals = [None, -7, -3, -1, 0, 1, 3, 7]
steps = [None, -3, -1, 1, 2]
count = 0
for start, stop, step in itertools.product(vals, vals, steps):
    for n in (0, 1, 5):
        s = slice(start, stop, step)
        assert list(range(*s.indices(n))) == ref_indices(start, stop, step, n)
        count += 1
print("checked", count)
print(slice(-7, 7, 2).indices(5), slice(None, None, -3).indices(5), slice(7, -7, -1).indices(5))
print(list(range(10))[-3:-10:-2], "abcdef"[-100:100:3], (1, 2, 3)[::-1][1:])
