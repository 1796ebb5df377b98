# Barrier: wait() returns a distinct index 0..n-1 per thread, the action runs
# once per generation, parties/n_waiting/broken attributes.
import threading

N = 6
actions = []
b = threading.Barrier(N, action=lambda: actions.append("action"))
print(b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()
before = []


def worker(i):
    with lock:
        before.append(i)
    idx = b.wait()
    with lock:
        indices.append(idx)
        # every thread got past only after all N arrived
        after_count = len(before)
    return after_count


counts = []
ts = [threading.Thread(target=lambda i=i: counts.append(worker(i))) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), actions, counts == [N] * N)
print(b.n_waiting, b.broken)

# A single-party barrier never blocks.
one = threading.Barrier(1)
print(one.wait(), one.wait())

try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
else:
    print("Barrier(0) accepted")
r = repr(b)
print(r[: r.index(" at ")], r[r.index(":"):])
print(threading.BrokenBarrierError.__mro__[1].__name__)
