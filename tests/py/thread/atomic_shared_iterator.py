# next() on a shared builtin iterator is atomic: 16 threads draining one
# iterator get every value exactly once (list, range, dict, itertools.count,
# zip/map over builtins, enumerate).
import itertools
import threading

N = 16


def drain(make, limit=None):
    it = make()
    got = [[] for _ in range(N)]

    def worker(k):
        out = got[k]
        while True:
            try:
                v = next(it)
            except StopIteration:
                return
            if limit is not None and v >= limit:
                return
            out.append(v)

    ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    flat = [v for lst in got for v in lst]
    return len(flat), len(set(flat)) == len(flat), sorted(flat) == sorted(set(flat))


data = list(range(20000))
print("list", drain(lambda: iter(data)))
print("range", drain(lambda: iter(range(20000))))
print("dict", drain(lambda: iter(dict.fromkeys(range(20000)))))
print("count", drain(lambda: itertools.count(), limit=20000)[1:])
print("map", drain(lambda: map(abs, range(-10000, 0))))
print("zip", drain(lambda: zip(range(5000), "ab" * 5000)))
print("enumerate", drain(lambda: enumerate("x" * 8000)))

# Counting with itertools.count as a lock-free ticket dispenser.
tickets = itertools.count()
taken = []


def take():
    for _ in range(500):
        taken.append(next(tickets))


ts = [threading.Thread(target=take) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(taken) == list(range(N * 500)))
