# timeout: 60
# Stress: 24 threads append, pop, insert, delete slices of and read one shared
# list for a while. Every pushed element is either still in the list or was
# popped by exactly one thread. (Runs under the heap checker.)
import random
import threading

N, ROUNDS = 24, 1500
shared = []
popped = [[] for _ in range(N)]
pushed = [0] * N
barrier = threading.Barrier(N)


def worker(k):
    rng = random.Random(k)
    mine = popped[k]
    barrier.wait()
    for i in range(ROUNDS):
        op = rng.randrange(6)
        if op < 2:
            shared.append((k, i))
            pushed[k] += 1
        elif op == 2:
            # rng.random() uses the same amount of randomness whatever the
            # length (randrange(n) does not), so each thread's op sequence is fixed.
            shared.insert(int(rng.random() * (len(shared) + 1)), (k, i))
            pushed[k] += 1
        elif op == 3:
            try:
                mine.append(shared.pop())
            except IndexError:
                pass
        elif op == 4:
            try:
                mine.append(shared.pop(0))
            except IndexError:
                pass
        else:
            snapshot = shared[:]          # a consistent copy
            _ = len(snapshot), snapshot[-1:] if snapshot else None


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
all_popped = [x for lst in popped for x in lst]
total = len(shared) + len(all_popped)
print("accounted:", total == sum(pushed))
print("unique:", len(set(shared) | set(all_popped)) == total)
print("pushed:", sum(pushed))
