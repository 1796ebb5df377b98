# Sets of ints, floats, tuples and big ints iterate in CPython's order after any mix of operations
# (the table algorithm, dummies and resizes are CPython's). A small LCG stands in for random.
class R:
    def __init__(self, s): self.s = s
    def randint(self, a, b):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return a + (self.s >> 11) % (b - a + 1)
    def choice(self, xs): return xs[self.randint(0, len(xs) - 1)]
r = R(11)
out = []
def vals(n, lo, hi):
    kind = r.randint(0, 3)
    if kind == 0: return [r.randint(lo, hi) for _ in range(n)]
    if kind == 1: return [r.randint(lo, hi) / 4 for _ in range(n)]
    if kind == 2: return [(r.randint(lo, hi), r.randint(0, 3)) for _ in range(n)]
    return [r.randint(lo, hi) * 2**r.randint(0, 70) for _ in range(n)]
for trial in range(60):
    n = r.randint(0, 80)
    xs = vals(n, -300, 300)
    ys = vals(r.randint(0, 40), -300, 300)
    s = set(xs)
    ops = r.randint(0, 30)
    for _ in range(ops):
        k = r.randint(0, 9)
        v = r.choice(xs + ys) if xs + ys else 0
        if k < 3: s.add(v)
        elif k < 5: s.discard(v)
        elif k == 5 and s: s.pop()
        elif k == 6: s.intersection_update(ys + xs[:5])
        elif k == 7: s.difference_update(ys[:3])
        elif k == 8: s.update(ys[:4])
        else: s.symmetric_difference_update(ys[:5])
    out.append(list(s))
    out.append(list(s.copy())); out.append(list(frozenset(s)))
    t = set(ys)
    out.append(list(s | t)); out.append(list(t | s)); out.append(list(s & t)); out.append(list(t & s))
    out.append(list(s - t)); out.append(list(t - s)); out.append(list(s ^ t)); out.append(list(t ^ s))
    out.append(list(s.intersection(ys, xs))); out.append(list(s.difference(ys, xs[:2]))); out.append(list(s.union(ys, xs)))
    out.append(s <= t); out.append(s.isdisjoint(ys)); out.append(hash(frozenset(s)))
    d = {k: 1 for k in xs}
    out.append(list(d.keys() & set(ys))); out.append(list(d.keys() | ys)); out.append(list(d.keys() - ys)); out.append(list(d.keys() ^ set(ys)))
    out.append(list(set(d)))
    s.clear(); s.update(ys); out.append(list(s))
big = set(range(0, 30000, 3)); big -= set(range(0, 30000, 7)); out.append(hash(frozenset(big)))
out.append(list(big)[:50]); out.append(list(big)[-50:])
for item in out:
    print(item)
