# Classic itertools recipes built from the primitives.
import itertools as it
import operator
def take(n, iterable):
    return list(it.islice(iterable, n))
def chunked(iterable, n):
    iterator = iter(iterable)
    while chunk := list(it.islice(iterator, n)):
        yield chunk
def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))
def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    for el in iterable:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el
def sliding_window(iterable, n):
    window = []
    for x in iterable:
        window.append(x)
        if len(window) == n:
            yield tuple(window)
            window.pop(0)
print(take(5, it.count(3)), list(chunked(range(7), 3)), list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])), list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(sliding_window("abcde", 3)), list(it.accumulate(range(1, 6), operator.mul)))
print(sum(1 for _ in it.combinations(range(10), 4)), list(it.starmap(operator.pow, zip(range(5), it.repeat(3)))))
flatten = it.chain.from_iterable
print(list(flatten([[1, 2], [], [3]])), [len(list(g)) for _, g in it.groupby("aaabccdddd")])
