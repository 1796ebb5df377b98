# Nested locks taken in a global order by many threads: no deadlock, and the
# per-account balances (moved under both locks) are conserved exactly.
import random
import threading

ACCOUNTS = 8
balance = [1000] * ACCOUNTS
locks = [threading.Lock() for _ in range(ACCOUNTS)]
transfers = [0]
tlock = threading.Lock()


def transfer(src, dst, amount):
    first, second = sorted((src, dst))
    with locks[first]:
        with locks[second]:
            if balance[src] >= amount:
                balance[src] -= amount
                balance[dst] += amount
                with tlock:
                    transfers[0] += 1


def worker(seed):
    rng = random.Random(seed)
    for _ in range(300):
        a, b = rng.sample(range(ACCOUNTS), 2)
        transfer(a, b, rng.randint(1, 50))


ts = [threading.Thread(target=worker, args=(s,)) for s in range(16)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total:", sum(balance))
print("transfers > 0:", transfers[0] > 0)
print("all unlocked:", not any(l.locked() for l in locks))

# Three levels of nesting with a mixture of Lock and RLock.
outer = threading.RLock()
middle = threading.Lock()
inner = threading.RLock()
count = [0]


def nested():
    for _ in range(200):
        with outer:
            with outer:
                with middle:
                    with inner:
                        with inner:
                            count[0] += 1


ts = [threading.Thread(target=nested) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count[0])
