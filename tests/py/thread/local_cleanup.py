# Values stored in a threading.local are released when their thread ends, and
# all per-thread values go when the local object itself is deleted.
import gc
import threading
import weakref


class Value:
    def __init__(self, tag):
        self.tag = tag


tl = threading.local()
refs = []
lock = threading.Lock()


def worker(i):
    v = Value(i)
    tl.v = v
    with lock:
        refs.append(weakref.ref(v))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
gc.collect()
print("released after threads ended:", [r() is None for r in refs])

# Values of live threads stay; deleting the local drops them.
hold = threading.Event()
stored = threading.Semaphore(0)
refs2 = []
tl2 = threading.local()


def holder(i):
    v = Value(i)
    tl2.v = v
    with lock:
        refs2.append(weakref.ref(v))
    del v
    stored.release()
    hold.wait()


ts = [threading.Thread(target=holder, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for _ in ts:
    stored.acquire()
gc.collect()
print("kept while alive:", [r() is not None for r in refs2])
del tl2
gc.collect()
print("released when local deleted:", [r() is None for r in refs2])
hold.set()
for t in ts:
    t.join()

# Main thread's value is freed when the local dies.
tl3 = threading.local()
m = Value("main")
tl3.v = m
rm = weakref.ref(m)
del m
print("main value alive:", rm() is not None)
del tl3
gc.collect()
print("main value freed:", rm() is None)
