# range with small, negative and huge bounds: len, items, slices, membership, equality and hash.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
# range
for r in [range(0), range(5), range(2, 10, 3), range(10, 0, -3), range(-5, -20, -4), range(10**20, 10**20 + 5, 2)]:
    print(r, len(r), list(r)[:5], r[0] if r else None, r[-1] if r else None, r[1:3], r[::-1], 3 in r, r.count(4), bool(r))
t(lambda: range(5).index(7)); t(lambda: range(10**30)[10**31]); t(lambda: range(1, 2, 0)); t(lambda: range(1.5))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(4, 1), hash(range(0)) == hash(range(3, 3)), hash(range(1, 10, 3)))
print(range(5)[True], range(10)[2:8:2][1], range(10**20)[::10**19], list(reversed(range(0, 10, 3))))
print(list(range(-3, 3)), list(range(3, -3, -2)), range(3).__reversed__().__length_hint__(), 2.0 in range(3), 'a' in range(3))
print(range(1, 10).start, range(1, 10).stop, range(1, 10).step, range(1, 10, 2).__reduce__())
print(sum(range(10**6)), max(range(100)), min(range(5, 0, -1)), sorted(range(5), reverse=True))
