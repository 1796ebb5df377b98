# setattr / delattr of distinct attributes on one shared object, and writes of
# distinct global names, from 16 threads: the instance and module dicts end up
# exactly as expected.
import threading

N, K = 16, 300


class Shared:
    pass


obj = Shared()


def attrs(k):
    for i in range(K):
        setattr(obj, f"a_{k}_{i}", i)
    for i in range(0, K, 3):
        delattr(obj, f"a_{k}_{i}")


ts = [threading.Thread(target=attrs, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(vars(obj)), all(getattr(obj, f"a_{k}_{i}") == i for k in range(N) for i in range(1, K, 3)))


def globs(k):
    g = globals()
    for i in range(K):
        g[f"G_{k}_{i}"] = k
    for i in range(K // 2):
        del g[f"G_{k}_{i}"]


ts = [threading.Thread(target=globs, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
names = [n for n in globals() if n.startswith("G_")]
print(len(names), all(globals()[f"G_{k}_{K - 1}"] == k for k in range(N)))

# Class attributes too (type dict), read back through instances.
class Registry:
    pass


def classattrs(k):
    for i in range(50):
        setattr(Registry, f"c{k}_{i}", (k, i))


ts = [threading.Thread(target=classattrs, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
r = Registry()
print(sum(1 for n in vars(Registry) if n.startswith("c")), r.c3_7, getattr(r, f"c{N - 1}_49"))
