# Timer: runs its function once after the interval, with args/kwargs; it is a
# Thread (name, join, is_alive).
import threading
import time

out = []


def fire(a, b=0):
    out.append((a, b, threading.current_thread().name))


t0 = time.monotonic()
t = threading.Timer(0.05, fire, args=(1,), kwargs={"b": 2})
print(isinstance(t, threading.Thread), t.interval)
t.start()
t.join()
print(out, time.monotonic() - t0 >= 0.04, t.is_alive())

t = threading.Timer(0, fire, [3])
t.name = "zero"
t.start()
t.join()
print(out[-1])

t = threading.Timer(0.01, fire, (4,))
t.daemon = True
t.start()
t.join()
print(out[-1][:2], t.daemon)

t = threading.Timer(0.01, fire, None, None)
t.args = (5,)  # the attributes are read when the timer fires
t.kwargs = {"b": 6}
t.start()
t.join()
print(out[-1][:2])

# Timers started one after another from each other's callback: a fixed order.
chain = []


def link(n):
    chain.append(n)
    if n < 5:
        nxt = threading.Timer(0.001, link, (n + 1,))
        nxt.start()
        nxt.join()


link_timer = threading.Timer(0.001, link, (1,))
link_timer.start()
link_timer.join()
print(chain)
