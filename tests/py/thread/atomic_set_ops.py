# Unsynchronised set.add / discard / pop from 16 threads.
import threading

N = 16
s = set()


def adder(k):
    for i in range(1500):
        s.add(i * N + k)
        s.add(("dup", i % 100))     # the same 100 elements added by everyone


ts = [threading.Thread(target=adder, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(s), sum(1 for x in s if isinstance(x, tuple)))


def remover(k):
    for i in range(1500):
        if i % 3 == 0:
            s.discard(i * N + k)
    s.discard(("dup", k))   # each dup removed by one thread; discard tolerates misses


ts = [threading.Thread(target=remover, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(s))

popped = []


def popper():
    while True:
        try:
            popped.append(s.pop())
        except KeyError:
            return


ts = [threading.Thread(target=popper) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(popped), len(set(popped)), len(s))
