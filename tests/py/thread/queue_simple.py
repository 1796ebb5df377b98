# queue.SimpleQueue: unbounded FIFO; put never blocks; get with timeout.
import queue
import threading
import time

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put(2, block=False)
sq.put(3, timeout=1)
sq.put_nowait(4)
print(sq.qsize(), [sq.get(), sq.get_nowait(), sq.get(block=False), sq.get(timeout=1)])
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty")
t0 = time.monotonic()
try:
    sq.get(timeout=0.03)
except queue.Empty:
    print("Empty after timeout", time.monotonic() - t0 >= 0.02)
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# Producers and one consumer.
N, K = 6, 100


def produce(k):
    for i in range(K):
        sq.put((k, i))


ts = [threading.Thread(target=produce, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
got = [sq.get(timeout=30) for _ in range(N * K)]
for t in ts:
    t.join()
print(len(got), len(set(got)), sq.empty())
for k in range(N):
    mine = [i for kk, i in got if kk == k]
    assert mine == list(range(K)), k
print("per-producer order kept")
print(type(sq).__name__)
