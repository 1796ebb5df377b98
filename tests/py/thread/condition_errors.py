# Condition misuse and lock choices: wait/notify without the lock, a custom
# lock, RLock by default, with-statement returning the acquire result.
import threading

c = threading.Condition()
for name in ("wait", "notify", "notify_all"):
    try:
        getattr(c, name)()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
# wait_for with a predicate that is already true never waits, so it does not check the lock.
print("wait_for true predicate:", c.wait_for(lambda: True))
try:
    c.wait_for(lambda: False)
except RuntimeError as e:
    print("wait_for RuntimeError:", e)

# Default lock is re-entrant.
with c:
    with c:
        print("nested with on default Condition")

lock = threading.Lock()
c2 = threading.Condition(lock)
with c2:
    print("custom lock held:", lock.locked())
    print("nonblocking reacquire:", c2.acquire(False))
print("released:", lock.locked())

with c2 as value:
    print("with value:", value)

c3 = threading.Condition(threading.RLock())
print(c3.acquire(), c3.acquire())
c3.release()
c3.release()

# A thread that does not hold the lock cannot notify even if another does.
errs = []


def _try(f):
    try:
        f()
        return "ok"
    except RuntimeError as e:
        return str(e)

with c:
    t = threading.Thread(target=lambda: errs.append(_try(c.notify)))
    t.start()
    t.join()
print(errs)
print(threading.Condition.__name__, type(c).__module__)
