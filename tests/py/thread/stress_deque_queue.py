# timeout: 60
# Stress: 16 producers and 16 consumers over a deque and a queue.Queue at the
# same time, with objects carrying payload lists. (Heap checker.)
import collections
import queue
import threading

N, K = 16, 600
dq = collections.deque()
q = queue.Queue(maxsize=64)
done_producing = threading.Event()
got_dq = [[] for _ in range(N)]
got_q = [[] for _ in range(N)]


class Item:
    __slots__ = ("k", "i", "payload")

    def __init__(self, k, i):
        self.k, self.i, self.payload = k, i, [k] * (i % 5)


def producer(k):
    for i in range(K):
        dq.append(Item(k, i))
        q.put(Item(k, -i - 1))


def consumer(c):
    while True:
        try:
            it = dq.popleft()
            got_dq[c].append((it.k, it.i, len(it.payload)))
        except IndexError:
            if done_producing.is_set():
                break
        try:
            it = q.get(timeout=0.001)
            got_q[c].append((it.k, it.i))
        except queue.Empty:
            pass
    while True:
        try:
            it = q.get_nowait()
        except queue.Empty:
            return
        got_q[c].append((it.k, it.i))


ps = [threading.Thread(target=producer, args=(k,)) for k in range(N)]
cs = [threading.Thread(target=consumer, args=(c,)) for c in range(N)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join()
done_producing.set()
for t in cs:
    t.join()
a = sorted(x for lst in got_dq for x in lst)
b = sorted(x for lst in got_q for x in lst)
print(len(a), a == sorted((k, i, i % 5) for k in range(N) for i in range(K)))
print(len(b), b == sorted((k, -i - 1) for k in range(N) for i in range(K)))
print(len(dq), q.qsize())
