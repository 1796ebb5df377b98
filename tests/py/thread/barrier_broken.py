# Breaking a barrier: a wait timeout, abort() and reset(); waiting threads get
# BrokenBarrierError; the thread that timed out too.
import threading
import time

b = threading.Barrier(3)
outcomes = []
lock = threading.Lock()


def waiter(name, timeout=None):
    try:
        b.wait(timeout)
        r = "passed"
    except threading.BrokenBarrierError:
        r = "broken"
    with lock:
        outcomes.append((name, r))


# Two threads arrive; one of them has a short timeout; the barrier breaks.
ts = [threading.Thread(target=waiter, args=("patient",)),
      threading.Thread(target=waiter, args=("hasty", 0.05))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcomes), b.broken)

# Waiting on a broken barrier fails at once.
try:
    b.wait()
except threading.BrokenBarrierError:
    print("wait on broken barrier: BrokenBarrierError")

# reset() repairs it.
b.reset()
print("after reset:", b.broken)
outcomes.clear()
ts = [threading.Thread(target=waiter, args=(f"t{i}",)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcomes))

# abort() while two threads wait.
outcomes.clear()
ts = [threading.Thread(target=waiter, args=(f"a{i}",)) for i in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    time.sleep(0.001)
b.abort()
for t in ts:
    t.join()
print(sorted(outcomes), b.broken)
b.reset()

# reset() while threads wait: they get BrokenBarrierError, the barrier is usable.
outcomes.clear()
ts = [threading.Thread(target=waiter, args=(f"r{i}",)) for i in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    time.sleep(0.001)
b.reset()
for t in ts:
    t.join()
print(sorted(outcomes), b.broken, b.n_waiting)

# The barrier's own timeout is used when wait() has none.
bt = threading.Barrier(2, timeout=0.03)
try:
    bt.wait()
except threading.BrokenBarrierError:
    print("default timeout broke it:", bt.broken)
