# The cycle collector runs while other threads allocate (without the GIL it stops the world); __del__ and
# weakref callbacks run; after the threads end, `del` frees at once as CPython does.
import gc
import threading
import weakref

freed = []
flock = threading.Lock()


class Node:
    def __init__(self, k):
        self.k = k
        self.other = None


def make_cycles(k):
    for i in range(300):
        a, b = Node(k), Node(k)
        a.other, b.other = b, a
        if i % 100 == 0:
            gc.collect()


ts = [threading.Thread(target=make_cycles, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
gc.collect()
print("cycles collected")


class Noisy:
    def __del__(self):
        print("del ran")


n = Noisy()
r = weakref.ref(n, lambda _: print("callback ran"))
del n
print("after del", r() is None)
