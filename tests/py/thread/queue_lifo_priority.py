# LifoQueue and PriorityQueue ordering, filled by threads and drained by main.
import queue
import threading

lq = queue.LifoQueue()
for x in "abcde":
    lq.put(x)
print("".join(lq.get() for _ in range(5)))

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (0, "z")]:
    pq.put(item)
print([pq.get() for _ in range(5)])

# Filled by 8 threads concurrently, drained in priority order.
pq = queue.PriorityQueue()


def fill(k):
    for i in range(50):
        pq.put((i * 8 + k, k))


ts = [threading.Thread(target=fill, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
out = []
while not pq.empty():
    out.append(pq.get_nowait()[0])
print(len(out), out == list(range(400)))

# A bounded PriorityQueue blocks producers until the consumer makes room.
bq = queue.PriorityQueue(maxsize=3)
got = []


def consumer():
    for _ in range(30):
        got.append(bq.get())


c = threading.Thread(target=consumer)
c.start()
for i in reversed(range(30)):
    bq.put(i)
c.join()
print(sorted(got) == list(range(30)), bq.qsize())

# LifoQueue from many threads: every item once.
lq = queue.LifoQueue()
ts = [threading.Thread(target=lambda k=k: [lq.put((k, i)) for i in range(25)]) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
items = [lq.get_nowait() for _ in range(lq.qsize())]
print(len(items), len(set(items)), lq.empty())
