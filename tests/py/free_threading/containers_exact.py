# timeout: 90
# Single operations on shared builtin containers from 8 threads without any lock: each one is atomic
# (with the GIL because only one thread runs; without it because each container has a per-object lock).
import array
import collections
import threading

N, K = 8, 3000
lst, dct, st = [], {}, set()
ba, dq, arr = bytearray(), collections.deque(), array.array("q")
popped = [0] * N


def worker(k):
    for i in range(K):
        lst.append(i)
        dct[(k, i)] = i
        st.add((k, i % 500))
        ba.extend(b"xy")
        dq.append(i)
        arr.append(i)
        if i % 3 == 0:
            lst.pop()
            del dct[(k, i)]
            dq.popleft()
            popped[k] += 1


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(lst), N * K - sum(popped))
print(len(dct), len(st), len(ba), len(dq), len(arr))
print(sum(dct.values()) == sum(i for i in range(K) if i % 3) * N)
