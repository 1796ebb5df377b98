# set/frozenset errors, the frozenset retry for set keys, subclasses, in-place operators, iterator checks.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
s = {1, 2, 3}
t(lambda: s.remove(5)); t(lambda: s.add()); t(lambda: s.pop(1)); t(lambda: set().pop()); t(lambda: set(1)); t(lambda: set([], []))
t(lambda: set(a=1)); t(lambda: frozenset(a=1)); t(lambda: {1} | [2]); t(lambda: {1} < [1]); t(lambda: {1} - 1)
t(lambda: s.issubset(1)); t(lambda: s.union(1)); t(lambda: s.update(1)); t(lambda: s.discard([1])); t(lambda: s.remove([]))
t(lambda: hash({1})); t(lambda: set([{1}])); print(hash(frozenset({1})) == hash(frozenset([1])))
s.add(frozenset([1])); print({1} in s, frozenset({1}) in s, {5} in s); s.discard({1}); print(s)
s.add(frozenset([7])); s.remove({7}); print(s)
print(set('abc') == set('cba'), {1, 2} == {1, 2, 3}, {1} < {1, 2}, {1, 2} > {1}, {1} <= {1}, {1} >= {2})
print(frozenset({1}) == {1}, {1} == frozenset({1}), frozenset() == set(), {1, 2}.__eq__([1, 2]))
x = frozenset([3, 1]); print(x.copy() is x, type(x | {5}).__name__, type({5} | x).__name__, type(x & {1}).__name__)
print(frozenset(x) is x, frozenset([1]) is frozenset([1]), type(frozenset()).__name__)
class S(set):
    pass
class F(frozenset):
    pass
a = S([1, 2]); b = F([2, 3])
print(a, b, repr(S()), repr(F()), type(a | b).__name__, type(b | a).__name__, type(a.copy()).__name__, type(b.copy()).__name__)
print(a == {1, 2}, b == frozenset({2, 3}), F(b) is b)
s1 = {1, 2}; s2 = s1; s1 |= {3}; print(s2, s1 is s2); s1 &= {1, 3}; print(s2); s1 -= {1}; print(s2); s1 ^= {4}; print(s2)
fs = frozenset({1}); fs2 = fs; fs |= {2}; print(fs, fs2, fs is fs2)
print(sorted({1, 2}.union([3], (4,), {5: 6})), {1, 2, 3}.intersection(), {1, 2}.difference(), {1}.symmetric_difference([1, 2]))
s3 = {1, 2, 3}; s3.intersection_update([2, 3, 4], (3,)); print(s3); s3.difference_update([3], []); print(s3)
s4 = set(); s4.update([1], (2,), {3: 0}); print(s4); s4.symmetric_difference_update({1, 9}); print(s4)
r = {1, 2}; print(r.isdisjoint([3]), r.isdisjoint(r), set().isdisjoint(set()), r.issuperset([1]), r.issubset(r))
print(repr(set()), repr({()}), repr({(1,)}), str(frozenset({None})), repr({1.5, -0.0}))
s5 = set(range(5)); print(s5.pop(), s5.pop(), s5)
s6 = set([3]); s6.clear(); print(s6, len(s6), bool(s6))
print({x % 3 for x in range(10)}, set(range(10)) - set(range(0, 10, 2)))
s7 = set(); s7.add(s7.__class__); print(len(s7))
print(len({1, 1.0, True, 1 + 0j}), {0.5, 1.5} | {2.5})
it = iter({1, 2, 3}); print(it.__length_hint__(), next(it), it.__length_hint__())
big = set(range(100)); it2 = iter(big); next(it2); big.discard(50); t(lambda: next(it2)); t(lambda: next(it2))
print(set.__or__({1}, 2), set.__ror__({1}, {2}), {1}.__sub__({1}), {1}.__rsub__({1, 2}))
print({1, 2}.__reduce__())
print(frozenset([1, 2]).__hash__() == hash(frozenset([2, 1])), hash(frozenset(range(50))), hash(frozenset([(1, 2), 3.5])))
