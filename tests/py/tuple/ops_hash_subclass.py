# tuple operations, CPython's exact tuple hash, tuple subclasses.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
# tuples
print((1, 2) + (3,), (1,) * 3, 3 * (1, 2), () * 5, (1, 2)[::-1], (1, 2, 3)[1:], (1, 2, 3)[-1])
t(lambda: (1,)[2]); t(lambda: ()[0]); t(lambda: (1,) + [2]); t(lambda: (1, 2).index(3)); bad = 'a'; t(lambda: (1,)[bad])
print((1, 2, 2).count(2), (1, 2, 3, 2).index(2, 2), tuple('ab'), tuple([1]), tuple(range(3)), tuple({1: 2}))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, 'a') == (1, 'a'), () < (0,))
print(hash((1, 2)), hash(()), hash((0,)), hash(((),)), hash((1.5, -1)), hash((10**20,)), hash((True, False)))
print(hash((frozenset([1, 2]), (3,))), hash(tuple(range(100))))
class T(tuple):
    def total(self): return sum(self)
x = T((1, 2, 3)); print(x, x.total(), type(x[:2]).__name__, type(x + (4,)).__name__, x == (1, 2, 3), hash(x) == hash((1, 2, 3)))
print(tuple.__new__(T, [5, 6]), T(), (1, 2).__getnewargs__())
a = (1, 2); print(a[:] is a, tuple(a) is a, a * 1 is a)
