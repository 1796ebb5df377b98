# CPU-bound threads under different switch intervals all finish with exact
# results; a spinning thread does not starve the main thread.
import sys
import threading


def crunch(n, out, k):
    total = 0
    for i in range(n):
        total += i * i % 7
    out[k] = total


expected = sum(i * i % 7 for i in range(30000))
for interval in (0.0001, 0.001, 0.005, 0.05):
    sys.setswitchinterval(interval)
    out = [None] * 4
    ts = [threading.Thread(target=crunch, args=(30000, out, k)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(interval, out == [expected] * 4)
sys.setswitchinterval(0.005)

# A thread spinning on a flag only main can set: main must get the GIL back.
flag = [False]
spins = [0]


def spinner():
    while not flag[0]:
        spins[0] += 1


t = threading.Thread(target=spinner)
t.start()
for _ in range(3):
    pass
flag[0] = True
t.join()
print("spinner stopped", spins[0] >= 0)
