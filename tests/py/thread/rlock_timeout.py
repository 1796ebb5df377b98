# RLock held (several levels deep) by one thread: others time out; the owner's
# re-acquire never blocks; after the full release others get it.
import threading
import time

r = threading.RLock()
held = threading.Event()
release = threading.Event()


def owner():
    r.acquire()
    r.acquire()
    held.set()
    release.wait()
    print("owner reacquire nonblocking:", r.acquire(False))
    r.release()
    r.release()
    time.sleep(0.01)
    r.release()   # fully released only now


t = threading.Thread(target=owner)
t.start()
held.wait()
t0 = time.monotonic()
print(r.acquire(timeout=0.05), time.monotonic() - t0 >= 0.04)
print(r.acquire(False))
release.set()
print(r.acquire(timeout=30))
print("count:", r._recursion_count())
r.release()
t.join()
print(r.acquire(blocking=True, timeout=-1))
r.release()
