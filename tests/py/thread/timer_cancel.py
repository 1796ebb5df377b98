# Timer.cancel before the interval elapses: the function never runs; cancel
# after it ran is harmless; cancel before start means it never fires.
import threading
import time

out = []
t = threading.Timer(30, out.append, ("never",))
t.start()
time.sleep(0.01)
t.cancel()
t.join(timeout=10)
print(out, t.is_alive(), t.finished.is_set())

t = threading.Timer(0.001, out.append, ("ran",))
t.start()
t.join()
t.cancel()
print(out)

t = threading.Timer(0.001, out.append, ("cancelled before start",))
t.cancel()
t.start()
t.join()
print(out)

# Many timers, every other one cancelled.
timers = [threading.Timer(0.05 if i % 2 else 30, out.append, (i,)) for i in range(10)]
for t in timers:
    t.start()
for i, t in enumerate(timers):
    if i % 2 == 0:
        t.cancel()
for t in timers:
    t.join(timeout=10)
print(sorted(x for x in out if isinstance(x, int)), any(t.is_alive() for t in timers))
