# One Event releases many waiters at once; waiters started after set() pass
# straight through; clear() makes new waiters block again.
import threading

go = threading.Event()
ready = threading.Semaphore(0)
results = []
lock = threading.Lock()


def waiter(i):
    ready.release()
    ok = go.wait(timeout=30)
    with lock:
        results.append((i, ok))


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(20)]
for t in ts:
    t.start()
for _ in ts:
    ready.acquire()
print("released before set:", len(results))
go.set()
for t in ts:
    t.join()
print(sorted(results) == [(i, True) for i in range(20)])

late = threading.Thread(target=waiter, args=(99,))
late.start()
late.join()
print(results[-1])

go.clear()
timed_out = []
t = threading.Thread(target=lambda: timed_out.append(go.wait(0.02)))
t.start()
t.join()
print(timed_out)
