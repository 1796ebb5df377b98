# BoundedSemaphore refuses to go above its initial value.
import threading

b = threading.BoundedSemaphore(2)
print(isinstance(b, threading.Semaphore), type(b).__name__)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(b.acquire(), b.acquire(), b.acquire(False))
b.release()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError again:", e)

b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("release(3):", e)
print("after failed release(3):", b.acquire(False))
b.release(2)
print([b.acquire(False) for _ in range(3)])
b.release(2)

# Many threads acquiring/releasing a BoundedSemaphore never trip the bound.
errors = []


def churn():
    for _ in range(200):
        with b:
            pass


ts = [threading.Thread(target=churn) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("churn ok", [b.acquire(False) for _ in range(3)])
print(threading.BoundedSemaphore().acquire(False))
