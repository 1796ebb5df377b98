# deque iterators ("deque mutated during iteration"), copies, __reduce__, subclasses, weakrefs and the cycle
# collector.
import copy
import gc
import weakref
from collections import deque


def step(label, it):
    try:
        print(label, next(it))
    except StopIteration:
        print(label, 'StopIteration')
    except RuntimeError as e:
        print(label, 'RuntimeError', e)


d = deque([1, 2, 3])
it = iter(d)
print(next(it), it.__length_hint__())
d[1] = 'two'  # assignment does not count as a mutation
step('after setitem', it)
d.reverse()  # nor does reverse
step('after reverse', it)
step('end', it)
for label, change in [('append', lambda: d.append(4)), ('appendleft', lambda: d.appendleft(0)),
                      ('pop', d.pop), ('popleft', d.popleft), ('rotate', lambda: d.rotate(1)),
                      ('rotate0', lambda: d.rotate(0)), ('extend', lambda: d.extend([5])),
                      ('extend empty', lambda: d.extend([])), ('insert', lambda: d.insert(1, 9)),
                      ('remove', lambda: d.remove(9)), ('del', lambda: d.__delitem__(0)),
                      ('copy', d.copy), ('imul1', lambda: d.__imul__(1)), ('contains', lambda: 3 in d)]:
    it = iter(d)
    change()
    step(label, it)
    step(label + ' again', it)

it = iter(d)
list(it)
d.append('late')
step('exhausted then append', it)
r = reversed(deque('abc'))
print(next(r), r.__length_hint__(), list(r))
rd = deque('xyz')
r = reversed(rd)
rd.clear()
step('reversed cleared', r)
print(list(deque()), list(reversed(deque())))

# iterator pickling support
d = deque('abcd')
it = iter(d)
next(it)
cls, args = it.__reduce__()
print(cls.__name__, args)
print(list(cls(*args)), list(type(reversed(d))(d, 1)), list(cls(d, 10)))

# copies
d = deque([[1], [2]], maxlen=4)
c = copy.copy(d)
dc = copy.deepcopy(d)
print(c, dc, c[0] is d[0], dc[0] is d[0], dc.maxlen)
cls, args, state, items = d.__reduce__()
print(cls.__name__, args, state, list(items))
print(deque('ab').__reduce__()[:3])


class Sub(deque):
    def __init__(self, iterable=(), tag='t'):
        super().__init__(iterable)
        self.tag = tag


s = Sub([1, 2], 'mine')
s.extra = 5
print(s, s.tag, s.extra, isinstance(s, deque), type(s.copy()).__name__, s.copy().tag)
print(type(s + deque([3])).__name__, s + deque([3]), type(s * 2).__name__)
cls, args, state, items = s.__reduce__()
print(cls.__name__, args, sorted(state.items()), list(items))
sc = copy.deepcopy(s)
print(sc, sc.tag, sc.extra)


class Bounded(deque):
    def __init__(self, iterable=(), maxlen=2):
        super().__init__(iterable, maxlen)


bd = Bounded('abc')
print(bd, bd.copy(), bd.copy().maxlen)


class Odd(deque):
    def __new__(cls, *args):
        return 5


try:
    deque.copy(Odd.__new__(Odd) if False else deque.__new__(Odd))
except TypeError as e:
    print('TypeError', e)


class WithSlots(deque):
    __slots__ = ('a',)


w = WithSlots([1])
w.a = 3
print(w, w.a)
try:
    w.b = 1
except AttributeError as e:
    print('AttributeError', e)

# re-initialising empties the deque first and may change maxlen
d = deque([1, 2, 3], 2)
d.__init__('xyz')
print(d, d.maxlen)
d.__init__([1, 2, 3, 4], 3)
print(d)
d.__init__(d)
print(d)

# weak references and the cycle collector
d = deque()
ref = weakref.ref(d)
print(ref() is d)
d.append(d)
d.append([d, {'d': d}])
del d
gc.collect()
print(ref())


class Item:
    pass


# items are released when they leave the deque (clear, pop, dropped by maxlen)
def released(change, maxlen=None):
    item = Item()
    ref = weakref.ref(item)
    holder = deque([item, 1], maxlen)
    del item
    change(holder)
    return ref() is None


print(released(deque.clear), released(deque.popleft), released(lambda h: h.append(2), 2),
      released(lambda h: h.__init__()), released(lambda h: h.remove(1)))
print('done')
