# _random's Mersenne Twister and random.Random must reproduce CPython's sequences exactly.
import random
import _random

for seed in [0, 1, 42, -42, 2**32 - 1, 2**32, 2**64 + 5, 10**40, 123456789, True, 3.5, -0.0,
             "hello", "", "é€😀", b"abc", bytearray(b"xy")]:
    r = random.Random(seed)
    print(repr(seed), r.random(), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100))
    st = r.getstate()
    print("  state", st[0], len(st[1]), st[1][0], st[1][623], st[1][624], st[2])

r = _random.Random(5)
xs = [r.random() for _ in range(2000)]
print(xs[-1], sum(xs))
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)])

# seeding with version 1 (Python 2 string hash)
r = random.Random()
r.seed("abc", version=1)
print(r.random())
r.seed(b"abc", version=1)
print(r.random())

# getstate/setstate round trips through the Python layer, gauss state included
r = random.Random(99)
r.gauss()
st = r.getstate()
x = [r.gauss() for _ in range(3)]
r.setstate(st)
print(x == [r.gauss() for _ in range(3)])

# errors
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

r = _random.Random(1)
check(lambda: r.getrandbits(-1))
check(lambda: r.getrandbits(1.5))
check(lambda: r.setstate(5))
check(lambda: r.setstate((1,) * 3))
check(lambda: r.setstate((1,) * 624 + (625,)))
check(lambda: r.setstate((-1,) + (1,) * 624))
check(lambda: r.setstate((1.0,) * 625))
check(lambda: r.random(1))
check(lambda: r.seed(1, 2))
check(lambda: _random.Random(1, 2))
check(lambda: random.Random().seed([1]))
check(lambda: random.Random().setstate((9, (), None)))
print(_random.Random.__module__, _random.Random.__name__, isinstance(random.Random(), _random.Random))

# subclasses: getrandbits wins over random() for integers; a random()-only subclass uses random()
class OnlyRandom(random.Random):
    def random(self):
        return super().random()

class WithBits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)

a, b, c = OnlyRandom(5), WithBits(5), random.Random(5)
print([a.randrange(1000) for _ in range(5)])
print([b.randrange(1000) for _ in range(5)] == [c.randrange(1000) for _ in range(5)])

s = random.SystemRandom()
x = s.random()
print(0 <= x < 1, 0 <= s.randrange(10) < 10, len(s.randbytes(5)), s.getrandbits(0), s.seed(5))
check(lambda: s.getstate())
