# Unsynchronised list.append / extend / += from 16 threads: each is one atomic
# operation under the GIL, so nothing is lost.
import threading

N, K = 16, 2000
shared = []
barrier = threading.Barrier(N)


def appender(k):
    barrier.wait()
    for i in range(K):
        shared.append((k, i))


ts = [threading.Thread(target=appender, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), len(set(shared)))
print(all([i for kk, i in shared if kk == k] == list(range(K)) for k in range(N)))

ext = []
inplace = []


def extender(k):
    global inplace
    for i in range(500):
        ext.extend((k, i, "x"))
        inplace += [k]   # global list: the += mutates the same object in place


ts = [threading.Thread(target=extender, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(ext), len(inplace), sorted(set(inplace)) == list(range(N)))
print([inplace.count(k) for k in range(N)] == [500] * N)
