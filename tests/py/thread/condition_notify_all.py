# notify_all wakes every waiter; notify() with no waiters does nothing.
import threading

cond = threading.Condition()
state = {"ready": False, "waiting": 0}
woken = []


def waiter(i):
    with cond:
        state["waiting"] += 1
        cond.notify_all()  # tell main one more is waiting
        while not state["ready"]:
            cond.wait()
        woken.append(i)


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(10)]
for t in ts:
    t.start()
with cond:
    while state["waiting"] < 10:
        cond.wait()
    print("all waiting:", state["waiting"], "woken so far:", len(woken))
    state["ready"] = True
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(woken))

with cond:
    cond.notify()
    cond.notify(5)
    cond.notify_all()
    cond.notifyAll()
print("notify without waiters ok")
