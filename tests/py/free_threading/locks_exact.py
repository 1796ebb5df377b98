# timeout: 90
# Locks keep compound updates exact: Lock, RLock, Condition, Semaphore, Barrier, Event, Queue.
import queue
import threading

N = 8
count = 0
lock = threading.Lock()
rl = threading.RLock()
nested = 0


def locked_adds():
    global count, nested
    for _ in range(2000):
        with lock:
            count += 1
        with rl:
            with rl:
                nested += 1


ts = [threading.Thread(target=locked_adds) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count, nested)

# producer/consumer over a Condition
items, done = [], []
cond = threading.Condition()


def producer():
    for i in range(500):
        with cond:
            items.append(i)
            cond.notify()


def consumer():
    got = 0
    while got < 250:
        with cond:
            while not items:
                cond.wait()
            items.pop()
            got += 1
    done.append(got)


ps = [threading.Thread(target=producer) for _ in range(2)]
cs = [threading.Thread(target=consumer) for _ in range(4)]
for t in cs + ps:
    t.start()
for t in cs + ps:
    t.join()
print(sum(done), items)

# a Semaphore bounds how many run at once
sem = threading.BoundedSemaphore(3)
inside, peak = 0, 0
plock = threading.Lock()


def bounded():
    global inside, peak
    for _ in range(200):
        with sem:
            with plock:
                inside += 1
                peak = max(peak, inside)
            with plock:
                inside -= 1


ts = [threading.Thread(target=bounded) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak <= 3, inside)

# Barrier and Event
barrier = threading.Barrier(N)
ev = threading.Event()
order = []


def meet(k):
    barrier.wait()
    ev.wait()
    with plock:
        order.append(k)


ts = [threading.Thread(target=meet, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
ev.set()
for t in ts:
    t.join()
print(sorted(order))

# Queue: every item once
q = queue.Queue()
out = []


def qworker():
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            return
        with plock:
            out.append(x * x)
        q.task_done()


ws = [threading.Thread(target=qworker) for _ in range(4)]
for w in ws:
    w.start()
for i in range(1000):
    q.put(i)
for _ in ws:
    q.put(None)
q.join()
for w in ws:
    w.join()
print(len(out), sum(out) == sum(i * i for i in range(1000)))
