# _thread._count() counts threads started by _thread that are still running.
import _thread
import threading
import time

base = _thread._count()
print(base)

N = 6
started = _thread.allocate_lock()
go = _thread.allocate_lock()
go.acquire()
n_started = [0]


def worker():
    with started:
        n_started[0] += 1
    go.acquire()
    go.release()


for i in range(N):
    _thread.start_new_thread(worker, ())

deadline = time.monotonic() + 10
while n_started[0] < N and time.monotonic() < deadline:
    time.sleep(0.001)
print("running:", _thread._count() - base)
go.release()

deadline = time.monotonic() + 10
while _thread._count() > base and time.monotonic() < deadline:
    time.sleep(0.001)
print("after:", _thread._count() - base)

# threading.Thread threads are counted too while alive.
ev = threading.Event()
ts = [threading.Thread(target=ev.wait) for i in range(3)]
for t in ts:
    t.start()
print("threading alive:", _thread._count() - base)
ev.set()
for t in ts:
    t.join()
deadline = time.monotonic() + 10
while _thread._count() > base and time.monotonic() < deadline:
    time.sleep(0.001)
print("final:", _thread._count() - base)
