# collections.deque's error messages.
from collections import deque


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)


class Index:
    def __index__(self):
        return 1


d = deque([1, 2, 3])
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('remove missing', lambda: d.remove(9))
attempt('index missing', lambda: d.index(9))
attempt('index range', lambda: d.index(3, 0, 2))
attempt('index None', lambda: d.index(1, None))
attempt('index str', lambda: d.index(1, 'a'))
attempt('index args', lambda: d.index())
attempt('index many', lambda: d.index(1, 2, 3, 4))
attempt('index kw', lambda: d.index(1, start=0))
attempt('insert full', lambda: deque([1], 1).insert(0, 2))
attempt('insert args', lambda: d.insert(1))
attempt('insert kw', lambda: d.insert(i=1, x=2))
attempt('insert str', lambda: d.insert('a', 1))
attempt('insert big', lambda: d.insert(2 ** 70, 1))
attempt('getitem str', lambda: d['a'])
attempt('getitem slice', lambda: d[1:2])
attempt('getitem range', lambda: d[3])
attempt('getitem neg', lambda: d[-4])
attempt('getitem huge', lambda: d[2 ** 70])
attempt('getitem big', lambda: d[2 ** 62])
attempt('getitem index', lambda: d[Index()])


def setitem(k):
    d[k] = 0


def delitem(k):
    del d[k]


attempt('setitem range', lambda: setitem(5))
attempt('setitem str', lambda: setitem('a'))
attempt('delitem range', lambda: delitem(-5))
attempt('delitem str', lambda: delitem('a'))
attempt('maxlen str', lambda: deque([], 'a'))
attempt('maxlen float', lambda: deque([], 2.0))
attempt('maxlen index', lambda: deque([], Index()))
attempt('maxlen neg', lambda: deque([], -1))
attempt('maxlen huge', lambda: deque([], 2 ** 70))
attempt('init many', lambda: deque([], 1, 2))
attempt('init kw', lambda: deque(foo=1))
attempt('init twice', lambda: deque([1], iterable=[2]))
attempt('init None', lambda: deque(None))
attempt('init int', lambda: deque(3))
attempt('extend int', lambda: d.extend(3))
attempt('extendleft int', lambda: d.extendleft(3))
attempt('concat list', lambda: d + [1])
attempt('concat int', lambda: d + 1)
attempt('mul str', lambda: d * 'a')
attempt('mul huge', lambda: d * 2 ** 70)
attempt('mul big', lambda: d * 2 ** 62)
attempt('rotate str', lambda: d.rotate('a'))
attempt('rotate many', lambda: d.rotate(1, 2))
attempt('rotate kw', lambda: d.rotate(n=1))
attempt('rotate huge', lambda: d.rotate(2 ** 70))
attempt('pop arg', lambda: d.pop(0))
attempt('append none', lambda: d.append())
attempt('count none', lambda: d.count())
attempt('clear arg', lambda: d.clear(1))
attempt('copy arg', lambda: d.copy(1))
attempt('reverse arg', lambda: d.reverse(1))
attempt('remove none', lambda: d.remove())
attempt('hash', lambda: hash(deque()))
attempt('new int', lambda: deque.__new__(int))
attempt('new none', lambda: deque.__new__())
attempt('iadd int', lambda: d.__iadd__(5))


def set_maxlen():
    d.maxlen = 3


try:
    set_maxlen()
except AttributeError:
    print('maxlen is read-only')
attempt('iter arg', lambda: type(iter(d))([1]))
attempt('iter none', lambda: type(iter(d))())
print(d)


# comparisons that mutate the deque while it is searched
class Meddler:
    def __eq__(self, other):
        target.append(0)
        return False


for name in ('remove', 'index', 'count', '__contains__'):
    target = deque([Meddler(), Meddler()])
    attempt(name + ' mutated', lambda: getattr(target, name)(5))


class Boom:
    def __eq__(self, other):
        raise KeyError('boom')


attempt('eq raises', lambda: deque([Boom()]).count(1))
attempt('eq raises in', lambda: 1 in deque([Boom()]))
dd = deque([1, Boom(), 3])
attempt('remove identity', lambda: dd.remove(dd[1]))
print(len(dd))
