# Slice assignment/deletion edge cases, list methods' errors, sort, the builtin iterators and their types.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
# list slicing & assignment
for sl in [slice(None), slice(1, 3), slice(None, None, -1), slice(-2, None), slice(5, 1, -2), slice(10, 20), slice(-100, 100, 3), slice(1, 1), slice(3, 1)]:
    l = list(range(8))
    t(lambda: l[sl])
    l2 = list(range(8)); 
    try:
        l2[sl] = ['a', 'b']
    except Exception as e: print(type(e).__name__, e)
    print(l2)
    l3 = list(range(8)); del l3[sl]; print(l3)
l = [1, 2, 3]; l[1:1] = l; print(l)
l = [1, 2, 3]; l[:] = l; print(l)
l = [1, 2, 3]; l[::-1] = l; print(l)
l = [1, 2, 3]; l[5:] = (9,); print(l)
l = [1, 2, 3]; l[-5:1] = 'xy'; print(l)
l = [1, 2, 3, 4, 5, 6]; l[::2] = range(3); print(l)
l = [1, 2, 3, 4, 5, 6]; l[1::-1] = 'ab'; print(l)
l = [1, 2, 3]; l[1:2] = []; print(l)
t(lambda: [1, 2, 3][::0])
l = list(range(10)); del l[::3]; print(l)
l = list(range(10)); del l[-1::-4]; print(l)
l = list(range(10)); del l[8:2:-2]; print(l)
# list methods
l = [3, 1, 2]
t(lambda: l.index(2, -1)); t(lambda: l.index(2, 0, 2)); t(lambda: l.index(3, -10, 10**30))
l.insert(-10, 'a'); l.insert(10**20 if False else 100, 'z'); print(l)
t(lambda: l.pop(-100)); t(lambda: l.pop(True)); print(l)
print([] == [], [1] < [1, 0], [1, 2] > [1], [[1]] == [[1]], [1] != [1.0], [float('nan')] == [float('nan')])
n = float('nan'); print([n] == [n], (n,) == (n,), n in [n], [n].count(n), [n].index(n))
print([1, 2] * 0, [1, 2] * -1, 0 * [1], 2 * [1, [2]])
a = [1]; b = a; a += [2]; print(a is b, b); a *= 2; print(a is b, b)
print(list.__add__([1], [2]), list.__mul__([1], 3), [1, 2].__contains__(2), [].__len__())
print(sorted([3, 1, 2], reverse=True), sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([1.5, -2, 3, 0.5]))
print(sorted(['b', 'A', 'a', 'B']), sorted([[], [1], [0, 1]]), sorted([True, False, 2]))
l = [5, 2, 8]; l.sort(key=lambda x: -x); print(l); l.sort(reverse=True, key=None); print(l)
t(lambda: [3, 'a', 1].sort())
t(lambda: [1, 2].sort(key=lambda x: 1 / 0))
l = [1, 2]; print(l.__iadd__((3,)), l.__imul__(2))
print(repr([[]]), repr([[], ()]), str([1, 'a', 2.5, None, True]))
l = []; l.append(l); print(l, l == l)
t(lambda: [1] + (2,)); t(lambda: [1] * 'x'); t(lambda: [1, 2] < [1, 'x'])
print(list(reversed([1, 2, 3])), list(reversed([])))
it = reversed([1, 2, 3]); print(next(it), it.__length_hint__())
l = [1, 2, 3]; it = iter(l); next(it); l.append(4); print(list(it))
l = [1, 2, 3]; it = iter(l); print(it.__length_hint__()); list(it); print(it.__length_hint__())
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print([x for x in filter(lambda v: v % 2, range(10))], list(filter(None, [0, '', 'a', [], [0]])))
print(list(zip('abc', range(10), [True, False, None])), list(zip()), list(zip([1])))
print(list(enumerate(['a', 'b'], -1)), list(enumerate([], 5)))
e = enumerate('ab'); print(next(e), next(e)); t(lambda: next(e))
t(lambda: list(zip([1, 2], [3], strict=True)))
t(lambda: list(zip([1], [3, 4], [5], strict=True)))
print(list(zip([1, 2], [3, 4], strict=True)))
t(lambda: reversed(3)); t(lambda: enumerate()); t(lambda: map(len)); t(lambda: filter(len))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq())
x = iter(int, 1); print(next(x))
calls = [0]
def f():
    calls[0] += 1
    return calls[0]
print(list(iter(f, 4)))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter({}.values())).__name__,
      type(iter({}.items())).__name__, type(iter(set())).__name__, type(iter(range(3))).__name__, type(reversed([])).__name__,
      type(reversed(range(3))).__name__, type(reversed({})).__name__, type(iter(range(2**70))).__name__,
      type(enumerate([])).__name__, type(zip()).__name__, type(reversed((1,))).__name__)
