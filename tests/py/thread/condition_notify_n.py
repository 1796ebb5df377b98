# notify(n) wakes at most n waiters; the rest stay asleep until notified.
import threading
import time

cond = threading.Condition()
waiting = 0
tickets = 0
woken = []


def waiter(i):
    global waiting, tickets
    with cond:
        waiting += 1
        cond.notify_all()
        while tickets == 0:
            cond.wait()
        tickets -= 1
        woken.append(i)
        cond.notify_all()


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
with cond:
    while waiting < 6:
        cond.wait()


def wake(n):
    global tickets
    with cond:
        before = len(woken)
        tickets += n
        cond.notify(n)
        while len(woken) < before + n:
            cond.wait()
    time.sleep(0.05)  # give any extra (wrong) wake-ups a chance
    with cond:
        return len(woken) - before, tickets


print(wake(2))
print(wake(1))
print(wake(3))
for t in ts:
    t.join()
print(sorted(woken))

# Directly: notify(2) on three plain waiters wakes two of them.
cond2 = threading.Condition()
started = threading.Semaphore(0)
woke = threading.Semaphore(0)
results = []


def plain():
    with cond2:
        started.release()
        results.append(cond2.wait(timeout=30))
    woke.release()


ts = [threading.Thread(target=plain) for _ in range(3)]
for t in ts:
    t.start()
for _ in ts:
    started.acquire()
with cond2:
    cond2.notify(2)
woke.acquire()
woke.acquire()
time.sleep(0.05)  # a wrong third wake-up would show up here
with cond2:
    print("after notify(2):", len(results))
    cond2.notify()
for t in ts:
    t.join()
print(results)
