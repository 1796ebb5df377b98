# join(timeout): returns after the timeout with the thread still alive; a later
# join completes. Timeouts of 0, negative and None.
import threading
import time

go = threading.Event()
t = threading.Thread(target=go.wait)
t.start()

t0 = time.monotonic()
print(t.join(timeout=0.05))
waited = time.monotonic() - t0
print("still alive", t.is_alive(), "waited enough", waited >= 0.04)
print(t.join(0), t.is_alive())
print(t.join(-1), t.is_alive())
go.set()
t.join(None)
print("joined", t.is_alive())

# A timeout that is long enough returns as soon as the thread ends.
t = threading.Thread(target=time.sleep, args=(0.01,))
t.start()
t.join(timeout=30)
print("ended within timeout", t.is_alive())

# Several joiners on one thread all return.
go = threading.Event()
target = threading.Thread(target=go.wait)
target.start()
results = []
lock = threading.Lock()


def joiner(i):
    target.join()
    with lock:
        results.append(i)


joiners = [threading.Thread(target=joiner, args=(i,)) for i in range(5)]
for j in joiners:
    j.start()
for j in joiners:
    j.join(0.01)
print("joiners waiting", sum(j.is_alive() for j in joiners), len(results))
go.set()
for j in joiners:
    j.join()
print(sorted(results))
