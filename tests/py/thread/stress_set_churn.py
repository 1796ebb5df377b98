# timeout: 60
# Stress: 24 threads add and discard overlapping ranges in a shared set, plus
# set algebra producing new sets from it. (Heap checker.)
import threading

N = 24
s = set()
barrier = threading.Barrier(N)
sizes = []


def worker(k):
    barrier.wait()
    for i in range(1200):
        s.add(i % 3000 + k * 1000)          # overlapping ranges between threads
        s.add(f"str-{k}-{i % 50}")
        if i % 5 == 0:
            s.discard(i % 3000 + k * 1000 - 5)
        if i % 200 == 0:
            part = s & {x for x in range(k * 1000, k * 1000 + 50)}
            sizes.append(len(part) >= 0)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
# Work out the final state sequentially: the discards may race with adds of the
# same value by a neighbouring thread, so only check what is certain.
strs = {x for x in s if isinstance(x, str)}
ints = {x for x in s if isinstance(x, int)}
print(len(strs), all(sizes), len(sizes))
print(min(ints) >= 0, max(ints) < N * 1000 + 1200)
# Values only one thread ever touches and never discards are certainly there.
print(all((k * 1000 + 1199) in s for k in range(N - 1)))
print(s.isdisjoint({-1, "x"}))
