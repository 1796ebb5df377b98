# Lock.acquire with a timeout while another thread holds the lock: fails after
# at least the timeout; succeeds once the holder releases.
import threading
import time

lock = threading.Lock()
held = threading.Event()
release_now = threading.Event()


def holder():
    with lock:
        held.set()
        release_now.wait()


t = threading.Thread(target=holder)
t.start()
held.wait()

t0 = time.monotonic()
print(lock.acquire(timeout=0.05))
print("waited", time.monotonic() - t0 >= 0.04)
print(lock.acquire(blocking=False))
print(lock.acquire(True, 0))

# Timeouts from several threads at once all fail.
fails = []
flock = threading.Lock()


def try_it():
    ok = lock.acquire(timeout=0.03)
    with flock:
        fails.append(ok)


ts = [threading.Thread(target=try_it) for _ in range(5)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print(fails)

# A long timeout succeeds as soon as the lock is released.
def release_later():
    time.sleep(0.02)
    release_now.set()


r = threading.Thread(target=release_later)
r.start()
print(lock.acquire(timeout=30))
lock.release()
t.join()
r.join()
print(lock.locked())
