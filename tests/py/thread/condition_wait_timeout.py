# Condition.wait(timeout) returns False on timeout and True when notified; the
# lock is re-acquired either way.
import threading
import time

cond = threading.Condition()
with cond:
    t0 = time.monotonic()
    r = cond.wait(0.05)
    print(r, time.monotonic() - t0 >= 0.04)
    print("lock held after timeout:", cond._is_owned())
    print(cond.wait(0))

flag = []
results = []


def notifier():
    with cond:
        flag.append(1)
        cond.notify()


with cond:
    t = threading.Thread(target=notifier)
    t.start()
    r = cond.wait(timeout=30)
    results.append((r, flag))
t.join()
print(results)

# Timeouts from several threads at once.
outs = []
olock = threading.Lock()


def timed():
    with cond:
        r = cond.wait(timeout=0.03)
    with olock:
        outs.append(r)


ts = [threading.Thread(target=timed) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(outs)
