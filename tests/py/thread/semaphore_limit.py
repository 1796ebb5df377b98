# A Semaphore(3) limits concurrency: 12 threads, never more than 3 inside, and
# (held open until three are in) exactly 3 reached.
import threading
import time

LIMIT = 3
sem = threading.Semaphore(LIMIT)
state_lock = threading.Lock()
inside = 0
peak = 0
served = []
three_in = threading.Event()


def worker(i):
    global inside, peak
    with sem:
        with state_lock:
            inside += 1
            peak = max(peak, inside)
            if inside == LIMIT:
                three_in.set()
        three_in.wait(timeout=30)
        time.sleep(0.001)
        with state_lock:
            inside -= 1
            served.append(i)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak:", peak, "served:", sorted(served), "inside:", inside)
print([sem.acquire(False) for _ in range(LIMIT + 1)])
