# timeout: 60
# Stress: 32 threads do compound updates (read-modify-write across several
# containers) under a few locks, mixed with lock-free single operations. All
# totals are exact. (Heap checker.)
import collections
import threading

N, K = 32, 300
locks = [threading.Lock() for _ in range(4)]
counts = collections.Counter()
ledger = {}
history = collections.deque()
log = []
rl = threading.RLock()
barrier = threading.Barrier(N)


def worker(k):
    barrier.wait()
    for i in range(K):
        key = f"key{i % 10}"
        with locks[i % 4]:
            counts[key] += 1                 # Counter += is not atomic alone
        with rl:
            with rl:
                ledger[key] = ledger.get(key, 0) + k
        history.append((k, i))              # atomic on its own
        if len(history) > 1000:
            try:
                history.popleft()
            except IndexError:
                pass
        log.append(i)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(counts.items())[:3], sum(counts.values()))
print(sorted(ledger.items())[:3], sum(ledger.values()))
print(len(log), 0 < len(history) <= 1000 + N)
