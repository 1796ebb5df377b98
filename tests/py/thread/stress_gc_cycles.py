# timeout: 60
# Stress: 16 threads build reference cycles (with weakref callbacks and
# finalizers) while some of them call gc.collect(). Every cycle is collected
# exactly once. (Heap checker.)
import gc
import threading
import weakref

N, K = 16, 300
finalized = []
flock = threading.Lock()


class Node:
    def __init__(self, tag):
        self.tag = tag
        self.other = None

    def __del__(self):
        with flock:
            finalized.append(self.tag)


refs = []
rlock = threading.Lock()


def worker(k):
    for i in range(K):
        a, b = Node((k, i, "a")), Node((k, i, "b"))
        a.other, b.other = b, a            # a cycle
        a.self_list = [a, b, {"x": a}]
        with rlock:
            refs.append(weakref.ref(a))
        del a, b
        if k % 4 == 0 and i % 50 == 0:
            gc.collect()


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
gc.collect()
gc.collect()
print(len(finalized), len(set(finalized)), N * K * 2)
print(all(r() is None for r in refs))
