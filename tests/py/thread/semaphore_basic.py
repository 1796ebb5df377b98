# Semaphore: counting, non-blocking and timed acquire, release(n), errors.
import threading
import time

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(blocking=False))
t0 = time.monotonic()
print(s.acquire(timeout=0.03), time.monotonic() - t0 >= 0.02)
s.release()
print(s.acquire(False), s.acquire(False))
s.release(3)
print([s.acquire(False) for _ in range(4)])
s.release()
with s:
    pass
print("with ok")
print(threading.Semaphore().acquire(False), threading.Semaphore(0).acquire(False))

for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.release(-2)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

# Used as a signal between threads: release from one, acquire in another.
sig = threading.Semaphore(0)
order = []


def producer():
    for i in range(5):
        order.append(i)
        sig.release()


t = threading.Thread(target=producer)
t.start()
got = [sig.acquire(timeout=30) for _ in range(5)]
t.join()
print(got, order, sig.acquire(False))
r = repr(threading.Semaphore(3))
print(r[: r.index(" at ")], r[r.index(":"):])
