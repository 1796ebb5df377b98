# Custom iterators and iterables.
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)), 2 in Countdown(5))
class Repeat:
    def __init__(self, items, times):
        self.items, self.times = items, times
    def __iter__(self):
        for _ in range(self.times):
            yield from self.items
r = Repeat("ab", 2)
print(list(r), list(r), "".join(r))
it = iter([1, 2, 3])
print(iter(it) is it, list(it), list(it))
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldStyle()), 20 in OldStyle(), list(iter(OldStyle())))
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
a, b, c = Countdown(3)
print(a, b, c)
print(*Countdown(3))
print(dict(zip(Countdown(3), "xyz")))
