# timeout: 60
# Stress: 32 threads take and drop references to a few shared objects millions
# of times in total (locals, containers, attributes, closures). Afterwards the
# reference counts are back to where they started. (Heap checker.)
import sys
import threading

N = 32


class Obj:
    pass


shared = [Obj(), "a shared string " * 3, (1, 2, 3), [4, 5], {"k": "v"}, 10**30]
before = [sys.getrefcount(x) for x in shared]
holder = Obj()
barrier = threading.Barrier(N)


def worker(k):
    barrier.wait()
    local_list = []
    for r in range(300):
        for x in shared:
            y = x
            local_list.append(y)
            t = (y, y, y)
            d = {k: y}
            setattr(holder, f"h{k}", y)
            f = lambda: y
            del t, d, f
        local_list.clear()
    delattr(holder, f"h{k}")


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
del t, ts
after = [sys.getrefcount(x) for x in shared]
print(before == after)
print(vars(holder))
