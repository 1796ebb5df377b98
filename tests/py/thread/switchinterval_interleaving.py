# Two CPU-bound threads advance in lock-step by busy-waiting on each other's
# round counter (no blocking calls at all): this only terminates if the GIL is
# handed over between running threads.
import sys
import threading

sys.setswitchinterval(0.001)
ROUNDS = 5
rounds = [0, 0]
runaway = []


def runner(me):
    other = 1 - me
    for r in range(ROUNDS):
        rounds[me] += 1
        spins = 0
        while rounds[other] < rounds[me]:
            spins += 1
            if spins > 10**8:
                runaway.append(me)
                return


ts = [threading.Thread(target=runner, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("rounds:", rounds, "runaway:", runaway)
sys.setswitchinterval(0.005)
