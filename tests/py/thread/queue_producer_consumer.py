# 4 producers, 4 consumers over a bounded Queue with sentinels; every item is
# consumed exactly once and per-producer order survives at each consumer.
import queue
import threading

q = queue.Queue(maxsize=8)
P, C, K = 4, 4, 250
consumed = [[] for _ in range(C)]
SENTINEL = None


def producer(p):
    for i in range(K):
        q.put((p, i))


def consumer(c):
    while True:
        item = q.get()
        if item is SENTINEL:
            return
        consumed[c].append(item)


ps = [threading.Thread(target=producer, args=(p,)) for p in range(P)]
cs = [threading.Thread(target=consumer, args=(c,)) for c in range(C)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join()
for _ in cs:
    q.put(SENTINEL)
for t in cs:
    t.join()
everything = [x for lst in consumed for x in lst]
print(len(everything), len(set(everything)))
print(sorted(everything) == [(p, i) for p in range(P) for i in range(K)])
ordered = all(
    [i for pp, i in lst if pp == p] == sorted(i for pp, i in lst if pp == p)
    for lst in consumed for p in range(P))
print("per-producer order at each consumer:", ordered)
print(q.empty(), q.qsize())
