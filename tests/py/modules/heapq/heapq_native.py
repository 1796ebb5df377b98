# heapq's primitives come from the native _heapq module: results in CPython's exact order, errors, the
# max-heap helpers, lists changed by a comparison, and merge/nsmallest/nlargest built on them.
import _heapq
import heapq
import random

print(sorted(n for n in dir(_heapq) if not n.startswith('__')))
print(heapq.heappush is _heapq.heappush, heapq.heappop is _heapq.heappop)

rng = random.Random(12345)
data = [rng.randrange(1000) for _ in range(200)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h[:20])
h2 = list(data)
heapq.heapify(h2)
print(h2[:20])
print([heapq.heappop(h) for _ in range(10)], len(h))
print(heapq.heapreplace(h, 5), h[:10])
print(heapq.heappushpop(h, 1), heapq.heappushpop(h, 999), h[:10])
print(heapq.heappushpop([], 3))
print([heapq.heappop(h2) for _ in range(len(h2))] == sorted(data))

# the max-heap helpers used by merge(reverse=True) and nsmallest
m = list(data)
heapq._heapify_max(m)
print(m[:15])
print([heapq._heappop_max(m) for _ in range(5)], heapq._heapreplace_max(m, 2000), m[:5])
print(heapq._heappop_max([7]))

# tuples, strings, floats and objects with __lt__ only
pairs = [(rng.random(), str(i)) for i in range(30)]
heapq.heapify(pairs)
print([heapq.heappop(pairs)[1] for _ in range(30)])
words = 'the quick brown fox jumps over the lazy dog'.split()
heapq.heapify(words)
print(words, [heapq.heappop(words) for _ in range(3)])


class Task:
    compares = 0

    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        Task.compares += 1
        return self.prio < other.prio

    def __repr__(self):
        return f'{self.name}:{self.prio}'


tasks = []
for i, p in enumerate([5, 3, 8, 1, 9, 2, 7, 3, 3, 0]):
    heapq.heappush(tasks, Task(p, f't{i}'))
print(tasks, Task.compares)
print([heapq.heappop(tasks) for _ in range(4)], Task.compares)


class MyList(list):
    pass


ml = MyList([5, 1, 4])
heapq.heapify(ml)
heapq.heappush(ml, 0)
print(ml, type(ml).__name__)

big = list(range(5000, 0, -1))
heapq.heapify(big)
print(big[:8], [heapq.heappop(big) for _ in range(3)])


def attempt(label, f):
    try:
        print(label, 'ok', f())
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ('heappush', 'heapreplace', 'heappushpop', '_heapreplace_max'):
    fn = getattr(heapq, name)
    attempt(name + ' not list', lambda: fn((1,), 2))
    attempt(name + ' no args', lambda: fn())
    attempt(name + ' kw', lambda: fn(heap=[], item=1))
for name in ('heappop', 'heapify', '_heappop_max', '_heapify_max'):
    fn = getattr(heapq, name)
    attempt(name + ' not list', lambda: fn(None))
    attempt(name + ' no args', lambda: fn())
    attempt(name + ' two args', lambda: fn([], 1))
attempt('heappop empty', lambda: heapq.heappop([]))
attempt('heapreplace empty', lambda: heapq.heapreplace([], 1))
attempt('_heappop_max empty', lambda: heapq._heappop_max([]))
attempt('_heapreplace_max empty', lambda: heapq._heapreplace_max([], 1))
attempt('push uncomparable', lambda: heapq.heappush([1], 'a'))
attempt('heapify uncomparable', lambda: heapq.heapify([1, 'a', 2]))
bad = [3, 1, None]
attempt('heapify partial', lambda: heapq.heapify(bad))
print(bad)


# a comparison that changes the heap's length
class Shrinker:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return True


hh = [1, 2, 3]
attempt('push mutating', lambda: heapq.heappush(hh, Shrinker(hh)))
hh = [0]
hh += [Shrinker(hh), Shrinker(hh)]
attempt('pop mutating', lambda: heapq.heappop(hh))


class Emptier:
    def __lt__(self, other):
        return False

    def __gt__(self, other):
        target.clear()
        return True


target = [1]
attempt('pushpop emptied', lambda: heapq.heappushpop(target, Emptier()))


class Raiser:
    def __lt__(self, other):
        raise ValueError('no order')


rh = [1, 2]
attempt('lt raises', lambda: heapq.heappush(rh, Raiser()))
print(len(rh))

# the pure-Python parts on top
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], [9], reverse=True)))
print(list(heapq.merge(['a', 'BB', 'ccc'], ['dd', 'E'], key=len)))
print(list(heapq.merge([], [1], [])), list(heapq.merge()))
print(heapq.nsmallest(5, data), heapq.nlargest(5, data))
print(heapq.nsmallest(3, words + ['a'], key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(1, []), heapq.nlargest(0, data), heapq.nlargest(300, data)[-3:])
