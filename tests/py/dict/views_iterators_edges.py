# dict construction/update forms, views and their set operations, iterator invalidation, popitem order.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
d = {1: 'a', 2: 'b'}
d[3] = d; print(d)
t(lambda: d[4]); t(lambda: d[[1]]); t(lambda: {}.pop(1)); t(lambda: {}.popitem())
print(d.pop(3) is d, d)
print(dict(a=1, b=2), dict([(1, 2)], x=3), dict({1: 2}.items()), dict(((i, i) for i in range(3))))
t(lambda: dict([1])); t(lambda: dict([[1, 2, 3]])); t(lambda: dict(1)); t(lambda: dict({}, {}))
t(lambda: {}.get()); t(lambda: {}.get(1, 2, 3)); t(lambda: {}.update(1, 2)); t(lambda: {}.setdefault())
print(dict.fromkeys([1, 2]), dict.fromkeys('ab', 0), dict.fromkeys({3: 4}), type(dict.fromkeys([])))
class D(dict): pass
print(type(D.fromkeys([1])), D.fromkeys([1], 5), D(a=1), D({1: 2}) == {1: 2})
print({1: 2} | {3: 4}, {1: 2} | {1: 5}); t(lambda: {1: 2} | [(3, 4)])
x = {1: 2}; x |= [(3, 4)]; print(x); x |= {5: 6}; print(x)
print({1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {} == {}, {1: []} == {1: []})
t(lambda: {1: 2} < {3: 4})
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys(); v = d.values(); i = d.items()
print(k, v, i, repr(k), len(v), list(reversed(i)))
print(k == {'a', 'b', 'c'}, k == ['a', 'b', 'c'], k != {'a'}, k < {'a', 'b', 'c', 'd'}, k >= {'a'}, i == {('a', 1), ('b', 2), ('c', 3)})
print(sorted(k | ['z']), sorted(k & ['a', 'q']), sorted(k - ['a']), sorted(k ^ ['a', 'q']), sorted(['a', 'q'] & k), sorted({'q'} | k))
print(sorted(i & {('a', 1)}), sorted(i - {('a', 1)}), sorted(i | {('z', 9)}))
print(k.isdisjoint(['x']), k.isdisjoint(['a']), i.isdisjoint([('a', 1)]), ('a', 1) in i, ('a', 2) in i, ['a', 1] in i, 1 in v, 9 in v)
print(k.mapping, type(k.mapping).__name__)
t(lambda: hash(k)); print(type(hash(v)).__name__)
d2 = {i: i for i in range(10)}
for key in list(d2):
    if key % 2: del d2[key]
print(d2)
it = iter(d2); next(it); del d2[0]
t(lambda: next(it)); t(lambda: next(it))
d3 = {1: 1, 2: 2}
it = iter(d3); next(it); del d3[1]; d3[3] = 3
t(lambda: next(it))
d4 = {1: 1}; it = iter(d4.items()); print(it.__length_hint__(), next(it), it.__length_hint__())
print(list(reversed({})), list(reversed({1: 2, 3: 4}.values())))
d5 = {}
d5.update(a=1); d5.update({'b': 2}, c=3); print(d5)
class M:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k * 2
print(dict(M()), {**M()})
d6 = {}; d6.update(M()); print(d6)
print(d.copy(), d.copy() is d, type(D(a=1).copy()))
d7 = {1: 2}; d7.clear(); print(d7, len(d7))
print({(1, 2): 3}[1, 2], {1.0: 'x'}[1], {True: 'y'}[1])
print(dict(zip('abc', range(3))), list({3: 1, 1: 2, 2: 3}))
d8 = dict.fromkeys(range(20)); 
for j in range(15): del d8[j]
d8['new'] = 1; print(d8)
print(d8.popitem(), d8.popitem(), d8)
print(repr({}), repr({1: {2: {}}}), str({'a': [1, (2,)]}))
