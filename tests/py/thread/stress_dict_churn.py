# timeout: 60
# Stress: 32 threads insert and delete keys of one dict (forcing many resizes)
# while others iterate copies of it. Final contents are exact. (Heap checker.)
import threading

N, K = 32, 500
d = {}
barrier = threading.Barrier(N)
copies = [0]


def worker(k):
    barrier.wait()
    for i in range(K):
        d[f"{k}:{i}"] = [k, i]            # a fresh list per value (refcount churn)
        if i % 4 == 3:
            del d[f"{k}:{i - 1}"]
        if i % 100 == 0:
            snap = dict(d)                 # copying is one atomic operation
            copies[0] += 0 if all(isinstance(v, list) for v in snap.values()) else 1
    for i in range(0, K, 8):
        d.pop(f"{k}:{i}", None)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
expected = {}
for k in range(N):
    for i in range(K):
        expected[f"{k}:{i}"] = [k, i]
        if i % 4 == 3:
            del expected[f"{k}:{i - 1}"]
    for i in range(0, K, 8):
        expected.pop(f"{k}:{i}", None)
print(len(d), d == expected, copies[0])
d.clear()
print(len(d))
