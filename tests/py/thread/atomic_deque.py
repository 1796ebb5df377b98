# timeout: 30
# collections.deque append/appendleft/popleft/pop without locks: 8 producers and
# 8 consumers; nothing lost, nothing duplicated.
import collections
import threading
import time

dq = collections.deque()
N, K = 8, 2000
producers_done = threading.Event()
consumed = [[] for _ in range(N)]


def producer(k):
    for i in range(K):
        if i % 2:
            dq.append((k, i))
        else:
            dq.appendleft((k, i))


def consumer(c):
    while True:
        try:
            item = dq.popleft() if c % 2 else dq.pop()
        except IndexError:
            if producers_done.is_set() and not dq:
                return
            time.sleep(0.0005)  # empty for now: let the producers run
            continue
        consumed[c].append(item)


ps = [threading.Thread(target=producer, args=(k,)) for k in range(N)]
cs = [threading.Thread(target=consumer, args=(c,)) for c in range(N)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join()
producers_done.set()
for t in cs:
    t.join()
allc = [x for lst in consumed for x in lst]
print(len(allc), len(set(allc)), len(dq))
print(sorted(allc) == [(k, i) for k in range(N) for i in range(K)])

# A bounded deque (maxlen) from many threads keeps exactly maxlen items.
bounded = collections.deque(maxlen=100)
ts = [threading.Thread(target=lambda k=k: [bounded.append(k) for _ in range(1000)]) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(bounded), bounded.maxlen)

# rotate and extend from threads: the length is exact.
r = collections.deque(range(10))


def rotext():
    for _ in range(200):
        r.rotate(3)
        r.extend((1, 2))
        r.popleft()


ts = [threading.Thread(target=rotext) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(r))
