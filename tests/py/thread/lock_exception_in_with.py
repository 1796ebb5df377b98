# A with-block that raises releases the lock, in every thread, so other threads
# are never blocked by an error path.
import threading

lock = threading.Lock()
rlock = threading.RLock()
caught = []
clock = threading.Lock()


def fails(i):
    for j in range(20):
        try:
            with lock:
                with rlock:
                    if (i + j) % 2:
                        raise ValueError(i)
                    if (i + j) % 5 == 0:
                        return_early = True
                        break
        except ValueError:
            with clock:
                caught.append(i)


ts = [threading.Thread(target=fails, args=(i,)) for i in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(caught), sorted(set(caught)))
print("lock free:", lock.acquire(False))
lock.release()
print("rlock free:", rlock.acquire(False))
rlock.release()


# A function that returns from inside the with-block releases too.
def get():
    with lock:
        return "value"


results = []
ts = [threading.Thread(target=lambda: results.append(get())) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results, lock.locked())
