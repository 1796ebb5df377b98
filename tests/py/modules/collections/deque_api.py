# collections.deque (native, module _collections): the methods, indexing, operators and repr.
from collections import deque
import _collections

print(deque is _collections.deque, deque.__module__, deque.__name__)
print(deque(), deque([1, 2, 3]), deque('abc', 2), deque(range(5), maxlen=3))
print(deque(maxlen=0), deque(iterable=(1, 2)), deque([1], None).maxlen, deque(maxlen=4).maxlen)

d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend([10, 11])
d.extendleft('ab')
print(d)
d.extend(d)
print(d)
d.extendleft(x for x in (7, 8))
print(d, d.count(0), d.count(10), d.count('zz'))
print(d.index(10), d.index(10, 9), d.index(0, -10), d.index(3, 0, 100))
d.remove(10)
print(d)
d.insert(0, 'first')
d.insert(len(d), 'last')
d.insert(-1, 'before last')
d.insert(3, 'third')
d.insert(-100, 'very first')
d.insert(100, 'very last')
print(d)
d.reverse()
print(d)
for n in (1, -1, 3, -3, 0, 100, -100):
    d.rotate(n)
    print(n, list(d)[:4])
d.rotate()
print(d[0], d[-1], d[3], d[-3])
d[0] = 'new first'
d[-1] = 'new last'
del d[1]
del d[-2]
print(d)
e = d.copy()
print(e == d, e is d, e)
d.clear()
print(d, e == d, len(e))

# maxlen: adding at one end drops from the other
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b)
b.appendleft('L')
print(b)
b.extend('xyz')
print(b)
b.extendleft('pq')
print(b, b.maxlen)
z = deque(maxlen=0)
z.append(1)
z.extend(iter([1, 2, 3]))
print(z, len(z))

# a ring that grows, wraps around and shrinks
r = deque()
for i in range(1000):
    r.append(i)
    if i % 3 == 0:
        r.popleft()
print(len(r), r[0], r[-1], sum(r))
for i in range(600):
    r.pop()
print(len(r), list(r)[:5], r[-1])
r.rotate(7)
print(list(r)[:10])
for i in range(66):
    r.appendleft(-i)
r.rotate(-30)
print(list(r)[:5], list(r)[-5:], len(r))
print(list(reversed(r))[:5])
del r[50]
r.insert(20, 'x')
print(r[18:] if False else [r[i] for i in range(17, 23)])

# operators
a, b = deque([1, 2]), deque([3])
print(a + b, a * 2, 2 * a, a * 0, a * -1, deque('ab', 3) * 2, deque('abc', 5) * 3)
c = a
c += [4, 5]
c += 'xy'
print(c, c is a)
c *= 2
print(c, c is a)
c *= 0
print(c)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2]), deque([1, 2]) < deque([1, 3]))
print(deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque([1]) >= deque([1, 0]))
print(deque([1]) == [1], deque() == (), 3 in deque([1, 2, 3]), 4 in deque([1, 2, 3]))
nan = float('nan')
print(nan in deque([nan]), deque([nan]).count(nan), deque([nan]) == deque([nan]))

# repr: recursion and subclasses
d = deque([1])
d.append(d)
print(d)
d.append([d])
print(repr(d))


class MyDeque(deque):
    pass


print(MyDeque([1, 2]), MyDeque('ab', 5), repr(MyDeque()))
print(hasattr(deque, '__class_getitem__'))
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(sorted(n for n in dir(deque) if not n.startswith('__')))
