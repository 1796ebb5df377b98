# More single operations that are atomic under the GIL: bytearray.extend,
# heapq.heappush/heappop on a shared list, array.append. Each popper's own
# sequence of heappops comes out sorted.
import array
import heapq
import threading

N = 16
ba = bytearray()
heap = []
arr = array.array("i")


def worker(k):
    for i in range(400):
        ba.extend(bytes([k]) * 3)
        heapq.heappush(heap, (i, k))
        arr.append(k)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(ba), [ba.count(bytes([k])) for k in range(N)] == [1200] * N)
print(len(heap), len(arr), sorted(set(arr)) == list(range(N)))

out = []
olock = threading.Lock()


def popper():
    mine = []
    while True:
        try:
            mine.append(heapq.heappop(heap))
        except IndexError:
            break
    with olock:
        out.extend(mine)
        out.append(("sorted run", mine == sorted(mine)))


ts = [threading.Thread(target=popper) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
runs = [x for x in out if x[0] == "sorted run"]
items = [x for x in out if x[0] != "sorted run"]
print(len(items), all(ok for _, ok in runs), heap)
print(sorted(items) == sorted((i, k) for i in range(400) for k in range(N)))
