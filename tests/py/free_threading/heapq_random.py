# heapq on a shared list and a shared random.Random from many threads: each call is one atomic step.
import heapq
import random
import threading

heap = []
rng = random.Random(7)
draws = []
dlock = threading.Lock()


def push(k):
    mine = []
    for i in range(500):
        heapq.heappush(heap, (i, k))
        mine.append(rng.random())
    with dlock:
        draws.extend(mine)


ts = [threading.Thread(target=push, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(heap), len(draws), all(0 <= x < 1 for x in draws))
out = []


def pop():
    mine = []
    while True:
        try:
            mine.append(heapq.heappop(heap))
        except IndexError:
            break
    with dlock:
        out.append(mine == sorted(mine))
        draws.extend(mine)


ts = [threading.Thread(target=pop) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(all(out), heap)
# the same seed gives the same sequence whatever the threads did to another generator
print(random.Random(7).random() == random.Random(7).random())
