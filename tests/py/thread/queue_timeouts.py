# Queue.get/put timeouts while another thread holds the queue empty/full;
# invalid timeouts.
import queue
import threading
import time

q = queue.Queue(maxsize=1)
t0 = time.monotonic()
try:
    q.get(timeout=0.04)
except queue.Empty:
    print("get timed out", time.monotonic() - t0 >= 0.03)
q.put("x")
t0 = time.monotonic()
try:
    q.put("y", timeout=0.04)
except queue.Full:
    print("put timed out", time.monotonic() - t0 >= 0.03)
print(q.get(timeout=0))
try:
    q.get(True, 0)
except queue.Empty:
    print("get timeout 0 -> Empty")

for call in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-0.5)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print("queue still empty:", q.empty())

# A long timeout returns as soon as an item arrives from another thread.
def later():
    time.sleep(0.02)
    q.put("late item")


t = threading.Thread(target=later)
t.start()
print(q.get(timeout=30))
t.join()

# Many threads timing out on the same empty queue.
results = []
lock = threading.Lock()


def waiter():
    try:
        q.get(timeout=0.03)
        r = "got"
    except queue.Empty:
        r = "empty"
    with lock:
        results.append(r)


ts = [threading.Thread(target=waiter) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
