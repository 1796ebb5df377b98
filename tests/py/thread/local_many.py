# 24 threads write and re-read a shared threading.local many times while
# yielding; no thread ever sees another thread's value.
import threading
import time

tl = threading.local()
bad = []
lock = threading.Lock()
barrier = threading.Barrier(24)


def worker(i):
    barrier.wait()
    for r in range(200):
        tl.v = (i, r)
        tl.d = {"owner": i}
        if r % 10 == 0:
            time.sleep(0)
        if tl.v != (i, r) or tl.d["owner"] != i:
            with lock:
                bad.append((i, r))
    with lock:
        bad.append(("done", i)) if tl.v != (i, 199) else None


ts = [threading.Thread(target=worker, args=(i,)) for i in range(24)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("mismatches:", bad)
print(hasattr(tl, "v"))

# Several locals at once in the same threads.
a, b = threading.local(), threading.local()
pairs = []


def two(i):
    a.x = i
    b.x = -i
    time.sleep(0)
    with lock:
        pairs.append((a.x, b.x))


ts = [threading.Thread(target=two, args=(i,)) for i in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(pairs) == [(i, -i) for i in range(10)])
