# If the barrier action raises, the thread that ran it gets the exception, the
# others get BrokenBarrierError, and the barrier is broken.
import threading


def bad_action():
    raise ZeroDivisionError("action failed")


b = threading.Barrier(4, action=bad_action)
outcomes = []
lock = threading.Lock()


def worker(i):
    try:
        b.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "BrokenBarrierError"
    except ZeroDivisionError as e:
        r = "ZeroDivisionError: " + str(e)
    with lock:
        outcomes.append(r)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcomes))
print(b.broken)
