# timeout: 60
# Stress: 32 threads contend for 8 locks, taking 1-3 of them at a time in a
# global order, with Conditions and Semaphores in the mix. (Heap checker.)
import random
import threading

N, K = 32, 250
locks = [threading.Lock() for _ in range(8)]
cells = [0] * 8
sem = threading.BoundedSemaphore(5)
cond = threading.Condition()
finished = [0]
barrier = threading.Barrier(N)


def worker(k):
    rng = random.Random(1000 + k)
    barrier.wait()
    for _ in range(K):
        chosen = sorted(rng.sample(range(8), rng.randint(1, 3)))
        for c in chosen:
            locks[c].acquire()
        try:
            for c in chosen:
                cells[c] += 1
        finally:
            for c in reversed(chosen):
                locks[c].release()
        if rng.random() < 0.1:
            with sem:
                pass
    with cond:
        finished[0] += 1
        cond.notify_all()


expected = [0] * 8
for k in range(N):
    rng = random.Random(1000 + k)
    for _ in range(K):
        for c in sorted(rng.sample(range(8), rng.randint(1, 3))):
            expected[c] += 1
        rng.random()

ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
with cond:
    cond.wait_for(lambda: finished[0] == N, timeout=60)
for t in ts:
    t.join()
print(cells == expected, sum(cells))
print(not any(l.locked() for l in locks), [sem.acquire(False) for _ in range(6)])
