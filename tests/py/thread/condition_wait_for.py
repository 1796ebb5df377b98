# Condition.wait_for: returns the predicate's value; with a timeout returns the
# (false) predicate value; the predicate is checked before waiting.
import threading
import time

cond = threading.Condition()
items = []

with cond:
    print("already true:", cond.wait_for(lambda: True))
    print("already true value:", cond.wait_for(lambda: "yes"))
    t0 = time.monotonic()
    print("times out:", cond.wait_for(lambda: len(items) > 0, timeout=0.05))
    print("waited:", time.monotonic() - t0 >= 0.04)
    print("zero timeout:", cond.wait_for(lambda: 0, timeout=0))


def add_later():
    for i in range(5):
        time.sleep(0.002)
        with cond:
            items.append(i)
            cond.notify_all()


t = threading.Thread(target=add_later)
t.start()
calls = [0]


def have_three():
    calls[0] += 1
    return len(items) >= 3 and len(items)


with cond:
    r = cond.wait_for(have_three, timeout=30)
    print("result >= 3:", r >= 3, "called:", calls[0] >= 1)
t.join()
with cond:
    print(cond.wait_for(lambda: items[:], timeout=1))
