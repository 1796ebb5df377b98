# A Future driven by hand from threads: set_result / set_exception, done
# callbacks (run at once when already done), waiting in other threads,
# InvalidStateError on a second result.
import concurrent.futures as cf
import threading

f = cf.Future()
print(f.done(), f.running(), f.cancelled())
log = []
f.add_done_callback(lambda fut: log.append(("cb1", fut.result())))
waiters = []
lock = threading.Lock()


def waiter(i):
    r = f.result(timeout=30)
    with lock:
        waiters.append((i, r))


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
setter = threading.Thread(target=f.set_result, args=("value",))
setter.start()
setter.join()
for t in ts:
    t.join()
print(sorted(waiters), log)
f.add_done_callback(lambda fut: log.append(("cb2 immediately", fut.done())))
print(log[-1])
try:
    f.set_result("again")
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])

g = cf.Future()
print(g.set_running_or_notify_cancel(), g.running())
t = threading.Thread(target=g.set_exception, args=(OSError(5, "io"),))
t.start()
t.join()
print(type(g.exception()).__name__, g.exception().args)
try:
    g.set_exception(ValueError())
except cf.InvalidStateError:
    print("InvalidStateError for set_exception")

# A cancelled future: set_running_or_notify_cancel returns False.
h = cf.Future()
print(h.cancel(), h.set_running_or_notify_cancel())

# Callback order is registration order.
k = cf.Future()
order = []
for n in range(5):
    k.add_done_callback(lambda fut, n=n: order.append(n))
k.set_result(None)
print(order)
