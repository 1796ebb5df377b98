# Threads set attributes on shared objects and globals in a shared module dict, and read class attributes,
# all at once: every value lands, nothing is lost.
import threading

N, K = 8, 500


class Shared:
    kind = "shared"

    def __init__(self):
        self.total = 0


obj = Shared()
lock = threading.Lock()
seen = []


def worker(k):
    for i in range(K):
        setattr(obj, f"a{k}_{i % 50}", i)        # many names: the instance dict grows and resizes
        globals()[f"g{k}_{i % 20}"] = i
        assert Shared.kind == "shared"
        if i % 100 == 0:
            with lock:
                obj.total += 1
    seen.append(k)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
attrs = [a for a in vars(obj) if a.startswith("a")]
gl = [g for g in list(globals()) if g.startswith("g") and "_" in g]
print(len(attrs), len(gl), obj.total, sorted(seen))
print(all(getattr(obj, f"a{k}_{j}") == K - 50 + j for k in range(N) for j in range(50)))
