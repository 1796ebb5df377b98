# Executor shutdown: wait=True waits for running and queued work; submit after
# shutdown raises; cancel_futures cancels the queue; shutdown twice is fine.
import concurrent.futures as cf
import threading

done = []
lock = threading.Lock()


def work(i):
    with lock:
        done.append(i)
    return i


ex = cf.ThreadPoolExecutor(max_workers=2)
futs = [ex.submit(work, i) for i in range(20)]
ex.shutdown(wait=True)
print(sorted(done) == list(range(20)), all(f.done() for f in futs))
try:
    ex.submit(work, 99)
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()
print("second shutdown ok")

# cancel_futures=True: queued work is cancelled, running work finishes.
gate = threading.Event()
started = threading.Event()


def blocker():
    started.set()
    gate.wait()
    return "ran"


ex = cf.ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocker)
started.wait()
queued = [ex.submit(work, 100 + i) for i in range(5)]
releaser = threading.Timer(0.02, gate.set)
releaser.start()
ex.shutdown(wait=True, cancel_futures=True)
releaser.join()
print(first.result(), [q.cancelled() for q in queued])
print("no queued work ran:", all(x < 100 for x in done))

# wait=False returns at once; the work still completes.
gate.clear()
ex = cf.ThreadPoolExecutor(max_workers=2)
f = ex.submit(blocker)
ex.shutdown(wait=False)
print("returned while running:", not f.done())
gate.set()
print(f.result(timeout=30))

# The with-statement shuts down with wait=True.
with cf.ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(work, 200 + i) for i in range(6)]
print(all(f.done() for f in fs))
try:
    ex.submit(work, 1)
except RuntimeError as e:
    print("after with:", e)
