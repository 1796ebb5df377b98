# Raising and catching exceptions in loops: try/except/else/finally, custom exception classes, with-blocks.
import _bench


class NotFound(KeyError):
    pass


class Resource:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log[0] += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log[1] += 1
        return exc_type is ValueError


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key) from None


def main():
    table = {i: i * i for i in range(0, 1000, 3)}
    log = [0, 0]
    hits = misses = cleaned = 0
    for i in range(30000):
        k = i % 1000
        try:
            v = lookup(table, k)
        except NotFound:
            misses += 1
        else:
            hits += v & 1
        finally:
            cleaned += 1
        with Resource(log):
            if k % 5 == 0:
                raise ValueError(k)
    return hits, misses, cleaned, log


_bench.run("exceptions", main)
