# TIMEOUT_MAX: a float, shared by _thread and threading; accepted as a timeout,
# anything larger is an OverflowError.
import _thread
import threading

print(type(_thread.TIMEOUT_MAX).__name__)
print(_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX)
print(_thread.TIMEOUT_MAX > 1e6)

lk = _thread.allocate_lock()
print(lk.acquire(timeout=_thread.TIMEOUT_MAX))
lk.release()
for make in (_thread.allocate_lock, _thread.RLock):
    lk = make()
    try:
        lk.acquire(timeout=_thread.TIMEOUT_MAX * 2)
    except OverflowError:
        print(type(lk).__name__, "OverflowError")
    print(lk.acquire(False))
    lk.release()

ev = threading.Event()
ev.set()
print(ev.wait(_thread.TIMEOUT_MAX))
sem = threading.Semaphore(1)
print(sem.acquire(timeout=_thread.TIMEOUT_MAX))
