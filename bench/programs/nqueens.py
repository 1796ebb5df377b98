# N queens by permutations and sets: recursion through generators, tuples, set comprehensions.
import _bench


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield (x,) + rest


def solutions(n):
    cols = list(range(n))
    for vec in permutations(cols):
        if n == len({vec[i] + i for i in cols}) == len({vec[i] - i for i in cols}):
            yield vec


def main():
    found = list(solutions(8))
    return len(found), found[0], found[-1]


_bench.run("nqueens", main)
