# Condition-based bounded buffer: 3 producers, 3 consumers, capacity 4. Every
# item is consumed exactly once and the buffer never exceeds its capacity.
import collections
import threading

CAP = 4
buf = collections.deque()
cond = threading.Condition()
consumed = []
max_len = 0
PER_PRODUCER = 100
DONE = object()


def producer(p):
    global max_len
    for i in range(PER_PRODUCER):
        with cond:
            while len(buf) >= CAP:
                cond.wait()
            buf.append((p, i))
            max_len = max(max_len, len(buf))
            cond.notify_all()


def consumer():
    while True:
        with cond:
            while not buf:
                cond.wait()
            item = buf.popleft()
            if item is not DONE:
                consumed.append(item)  # under the lock: consumed keeps FIFO order
            cond.notify_all()
        if item is DONE:
            return


producers = [threading.Thread(target=producer, args=(p,)) for p in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
with cond:
    for _ in consumers:
        while len(buf) >= CAP:
            cond.wait()
        buf.append(DONE)
        cond.notify_all()
for t in consumers:
    t.join()
print(len(consumed), len(set(consumed)), max_len <= CAP)
print(sorted(consumed) == sorted((p, i) for p in range(3) for i in range(PER_PRODUCER)))
# Per producer, items come out in order (single FIFO buffer).
for p in range(3):
    mine = [i for q, i in consumed if q == p]
    print(p, mine == sorted(mine))
