# A barrier is reusable: 5 threads go through 20 generations; each generation's
# action sees every thread's contribution for that round.
import threading

N, ROUNDS = 5, 20
round_data = []
current = []
lock = threading.Lock()


def action():
    round_data.append(sorted(current))
    current.clear()


b = threading.Barrier(N, action=action)


def worker(i):
    for r in range(ROUNDS):
        with lock:
            current.append((r, i))
        b.wait()


ts = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(round_data))
print(all(d == [(r, i) for i in range(N)] for r, d in enumerate(round_data)))
print(round_data[0], round_data[-1])

# Phases with two barriers alternating.
b1, b2 = threading.Barrier(4), threading.Barrier(4)
log = []


def phased(i):
    for r in range(3):
        with lock:
            log.append(("a", r))
        b1.wait()
        with lock:
            log.append(("b", r))
        b2.wait()


ts = [threading.Thread(target=phased, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
# Within each block of 4 entries the phase label is the same.
print([log[k][0] + str(log[k][1]) for k in range(0, len(log), 4)])
print(all(len(set(log[k:k + 4])) == 1 for k in range(0, len(log), 4)))
