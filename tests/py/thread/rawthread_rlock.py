# _thread.RLock: re-entrancy, ownership, errors, repr state.
import _thread
import threading

r = _thread.RLock()
print(type(r).__name__, type(threading.RLock()) is _thread.RLock)
print(r._is_owned(), r._recursion_count())
for i in range(3):
    print(r.acquire(), r._recursion_count())
print(r.acquire(False), r._recursion_count())
s = repr(r)
print(s.split()[0], "count=4" in s)
for i in range(4):
    r.release()
print(r._is_owned(), r._recursion_count())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# Another thread cannot acquire without blocking, cannot release, and sees no ownership.
r.acquire()
r.acquire()
seen = []


def other():
    seen.append(("nonblocking", r.acquire(False)))
    seen.append(("timeout", r.acquire(timeout=0.02)))
    seen.append(("owned", r._is_owned()))
    seen.append(("count", r._recursion_count()))
    try:
        r.release()
    except RuntimeError as e:
        seen.append(("release", str(e)))


t = threading.Thread(target=other)
t.start()
t.join()
for item in seen:
    print(item)
r.release()
r.release()

# Now the other thread can take it; main then cannot.
got = threading.Event()
go = threading.Event()


def holder():
    with r:
        with r:
            got.set()
            go.wait()


t = threading.Thread(target=holder)
t.start()
got.wait()
print("main nonblocking:", r.acquire(False))
go.set()
t.join()
print("main after join:", r.acquire(False))
r.release()

with r:
    with r:
        print("nested with", r._recursion_count())
print("after with", r._recursion_count())
try:
    r.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
