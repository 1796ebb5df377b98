# timeout: 90
# Stress: 16 threads mix list/dict/set/attribute/global operations on shared objects for a while, without
# locks; then the totals that single atomic operations guarantee are exact. (Heap checker.)
import threading
import time

N = 16
DURATION = 1.5
shared_list = []
shared_dict = {}
shared_set = set()
counters = {}


class Box:
    pass


box = Box()
barrier = threading.Barrier(N)
ops = [0] * N


def worker(k):
    barrier.wait()
    end = time.monotonic() + DURATION
    i = 0
    while time.monotonic() < end:
        for _ in range(50):
            shared_list.append((k, i))
            shared_dict[(k, i % 64)] = [i]
            shared_set.add(i % 1000)
            setattr(box, f"t{k}", i)
            globals()[f"last{k}"] = i
            if i % 2:
                shared_list.pop()
            if i % 7 == 0:
                shared_dict.pop((k, (i - 7) % 64), None)
                shared_set.discard((i + 500) % 1000)
            i += 1
    counters[k] = i
    ops[k] = i


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
total = sum(ops)
print(len(shared_list) == sum((n + 1) // 2 for n in ops))
print(all(getattr(box, f"t{k}") == ops[k] - 1 for k in range(N)))
print(all(globals()[f"last{k}"] == ops[k] - 1 for k in range(N)))
print(len(counters), len(shared_dict) <= N * 64, shared_set <= set(range(1000)))
