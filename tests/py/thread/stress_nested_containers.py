# timeout: 60
# Stress: 32 threads share a dict of lists of dicts: setdefault creates the
# inner containers, appends and pops fill and drain them. (Heap checker.)
import threading

N, K = 32, 400
root = {}
barrier = threading.Barrier(N)


def worker(k):
    barrier.wait()
    for i in range(K):
        bucket = root.setdefault(i % 17, [])         # atomic get-or-create
        bucket.append({"k": k, "i": i, "tags": {k, i}})
        if i % 3 == 0:
            other = root.setdefault((i + 1) % 17, [])
            try:
                other.pop()
            except IndexError:
                pass


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
total = sum(len(v) for v in root.values())
pops_attempted = N * len(range(0, K, 3))
print(sorted(root) == list(range(17)))
print(N * K - pops_attempted <= total <= N * K)
print(all(isinstance(d, dict) and d["tags"] == {d["k"], d["i"]} for v in root.values() for d in v))
root.clear()
print(root)
