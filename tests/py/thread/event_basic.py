# Event: is_set/set/clear, wait with and without timeout, return values.
import threading
import time

e = threading.Event()
print(e.is_set(), e.isSet is not None)
t0 = time.monotonic()
print(e.wait(0.03), time.monotonic() - t0 >= 0.02)
print(e.wait(0), e.wait(timeout=-1))
e.set()
print(e.is_set(), e.wait(), e.wait(0), e.wait(30))
e.set()
print(e.is_set())
e.clear()
print(e.is_set(), e.wait(0))
e.clear()
r = repr(e)
print(r[: r.index(" at ")], r[r.index(":"):])
e.set()
r = repr(e)
print(r[r.index(":"):])

# set() from another thread releases a waiting main thread.
e = threading.Event()
t = threading.Thread(target=e.set)
t.start()
print("woken:", e.wait(30))
t.join()
