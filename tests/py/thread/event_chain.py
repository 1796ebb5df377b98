# A relay: thread k waits on event k, prints, sets event k+1. The output order
# is the relay order no matter how the threads were started.
import threading

N = 10
events = [threading.Event() for _ in range(N + 1)]


def runner(k):
    events[k].wait()
    print("runner", k)
    events[k + 1].set()


ts = [threading.Thread(target=runner, args=(k,)) for k in reversed(range(N))]
for t in ts:
    t.start()
print("start")
events[0].set()
events[N].wait()
print("finish")
for t in ts:
    t.join()

# The same relay backwards, set from inside each thread before it exits.
events = [threading.Event() for _ in range(N + 1)]
ts = [threading.Thread(target=runner, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
events[0].set()
for t in ts:
    t.join()
print("all", all(e.is_set() for e in events))
