# Unsynchronised dict operations from 16 threads: d[k] = v, pop, setdefault,
# update, get; every one of them is atomic under the GIL.
import threading

N = 16
d = {}
barrier = threading.Barrier(N)


def writer(k):
    barrier.wait()
    for i in range(1000):
        d[(k, i)] = i
    for i in range(0, 1000, 2):
        d.pop((k, i))
    for i in range(100):
        d.setdefault(("common", i), k)   # first one wins, nobody overwrites
    d.update({(k, "u", i): i for i in range(50)})


ts = [threading.Thread(target=writer, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d))
print(sum(1 for key in d if key[0] == "common"), all(0 <= d[("common", i)] < N for i in range(100)))
print(all(d[(k, i)] == i for k in range(N) for i in range(1, 1000, 2)))
print(not any((k, i) in d for k in range(N) for i in range(0, 1000, 2)))

# Many threads popping from one prefilled dict: each key popped exactly once.
pool = {i: i * i for i in range(5000)}
taken = [[] for _ in range(N)]


def taker(k):
    while True:
        try:
            key, value = pool.popitem()
        except KeyError:
            return
        taken[k].append((key, value))


ts = [threading.Thread(target=taker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allt = sorted(x for lst in taken for x in lst)
print(len(allt), allt == [(i, i * i) for i in range(5000)], pool)
