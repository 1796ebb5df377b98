# Closures and higher-order functions: nonlocal counters, functions returning functions, map/filter with
# lambdas, decorators wrapping calls, keyword arguments and defaults.
import _bench


def counter(start=0, step=1):
    n = start

    def inc():
        nonlocal n
        n += step
        return n
    return inc


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def logged(fn):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


@logged
def scale(x, factor=2, *, offset=0):
    return x * factor + offset


def main():
    total = 0
    calls_before = scale.calls[0]
    inc = counter(10, 3)
    for _ in range(60000):
        total += inc()
    f = compose(lambda x: x + 1, lambda x: x * 3, abs)
    total += sum(map(f, range(-30000, 30000)))
    total += sum(filter(lambda x: x % 3 == 0, range(90000)))
    for i in range(40000):
        total += scale(i) + scale(i, 3) + scale(i, factor=4, offset=1)
    adders = [(lambda k: lambda x: x + k)(k) for k in range(100)]
    for a in adders:
        total += a(total % 1000)
    return total, scale.calls[0] - calls_before


_bench.run("closures", main)
