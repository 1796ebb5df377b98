# A Lock protecting a read-modify-write: 16 threads x 2000 increments is exact.
import threading

N, K = 16, 2000
counter = 0
lock = threading.Lock()


def inc():
    global counter
    for _ in range(K):
        with lock:
            counter += 1


def inc_explicit():
    global counter
    for _ in range(K):
        lock.acquire()
        try:
            counter += 1
        finally:
            lock.release()


ts = [threading.Thread(target=inc if i % 2 else inc_explicit) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter, counter == N * K)
print(lock.locked())

# A shared object attribute and dict entry updated under the same lock.
class Box:
    n = 0


box = Box()
tally = {"a": 0}


def inc_obj():
    for _ in range(500):
        with lock:
            box.n += 1
            tally["a"] += 2


ts = [threading.Thread(target=inc_obj) for i in range(16)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(box.n, tally)
