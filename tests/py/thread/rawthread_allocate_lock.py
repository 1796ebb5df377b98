# _thread.allocate_lock / LockType: state, blocking and non-blocking acquire,
# timeouts, errors.
import _thread
import threading
import time

lk = _thread.allocate_lock()
print(type(lk) is _thread.LockType, type(lk).__name__)
print(threading.Lock is _thread.allocate_lock)
print(lk.locked())
print(lk.acquire())
print(lk.locked())
print(lk.acquire(False))
print(lk.acquire(blocking=False))
print(lk.acquire(True, 0))
t0 = time.monotonic()
print(lk.acquire(timeout=0.05))
print(time.monotonic() - t0 >= 0.04)
lk.release()
print(lk.locked())
try:
    lk.release()
except RuntimeError as e:
    print("RuntimeError:", e)

for args, kw in [((False, 1), {}), ((True, -2), {}), ((), {"timeout": -0.5})]:
    try:
        lk.acquire(*args, **kw)
    except ValueError as e:
        print("ValueError:", e)
print(lk.locked())

# acquire(timeout=-1) means "block forever"; the lock is free so it succeeds.
print(lk.acquire(True, -1))
lk.release()

# Context manager.
with lk:
    print("inside", lk.locked())
print("outside", lk.locked())

try:
    with lk:
        raise KeyError("k")
except KeyError:
    pass
print("after exception", lk.locked())

# acquire_lock / release_lock / locked_lock are old aliases.
print(lk.acquire_lock(), lk.locked_lock())
lk.release_lock()
print(lk.locked_lock())

# The repr shows the state (mask the address).
r = repr(lk)
print(r[: r.index(" at ")])
lk.acquire()
r = repr(lk)
print(r[: r.index(" at ")])
lk.release()

try:
    _thread.LockType()
except TypeError as e:
    print("TypeError")
else:
    print("LockType() made a lock")
