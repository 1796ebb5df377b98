# timeout: 60
# Stress: 24 threads set, overwrite and delete attributes of shared instances
# (growing and shrinking their dicts), module globals and class attributes,
# while readers walk vars() copies. (Heap checker.)
import threading

N, K = 24, 400


class Bag:
    pass


bags = [Bag() for _ in range(4)]
barrier = threading.Barrier(N)
read_errors = []


def worker(k):
    g = globals()
    barrier.wait()
    for i in range(K):
        b = bags[i % 4]
        setattr(b, f"t{k}_{i % 40}", (k, i))           # overwrite in place
        g[f"glob_{k}_{i % 30}"] = [k] * (i % 3)
        if i % 7 == 0:
            try:
                delattr(b, f"t{k}_{(i + 20) % 40}")
            except AttributeError:
                pass
        if i % 50 == 0:
            snap = dict(vars(b))
            if not all(isinstance(v, tuple) for v in snap.values()):
                read_errors.append(k)
            setattr(Bag, f"cls_{k}", i)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()


# Replay each thread's operations sequentially: they touch disjoint names, so
# the final state does not depend on the interleaving.
expect = [dict() for _ in range(4)]
for k in range(N):
    for i in range(K):
        expect[i % 4][f"t{k}_{i % 40}"] = (k, i)
        if i % 7 == 0:
            expect[i % 4].pop(f"t{k}_{(i + 20) % 40}", None)
print([vars(b) == e for b, e in zip(bags, expect)])
print(sum(len(vars(b)) for b in bags), read_errors)
print(sum(1 for n in globals() if n.startswith("glob_")))
print(sorted({getattr(Bag, f"cls_{k}") for k in range(N)}))
