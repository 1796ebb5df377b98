# threading.Lock is not owned by a thread: a lock acquired in one thread can be
# released in another (unlike RLock). Used as a one-shot gate.
import threading

gate = threading.Lock()
gate.acquire()
passed = []


def waiter(i):
    gate.acquire()       # blocks until someone releases
    passed.append(i)
    gate.release()       # pass it on


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join(0.01)
print("passed before release:", passed)


def opener():
    gate.release()       # releases a lock main acquired


o = threading.Thread(target=opener)
o.start()
o.join()
for t in ts:
    t.join()
print("passed after release:", sorted(passed))
print(gate.locked())

# The same with RLock fails: only the owner may release.
r = threading.RLock()
r.acquire()
err = []


def bad_release():
    try:
        r.release()
    except RuntimeError as e:
        err.append(str(e))


t = threading.Thread(target=bad_release)
t.start()
t.join()
print(err)
r.release()
