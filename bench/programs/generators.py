# Generators and iterator pipelines, yield from, send.
import _bench


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def chained(n):
    yield from naturals(n)
    yield from naturals(n)


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total // count


def main():
    a = sum(squares(evens(naturals(150000))))
    b = sum(chained(50000))
    g = averager()
    next(g)
    for i in range(50000):
        last = g.send(i)
    return a, b, last


_bench.run("generators", main)
