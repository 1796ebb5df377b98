# A three-stage pipeline (one thread per stage, queues in between): the order
# of items is kept end to end.
import queue
import threading

STOP = object()
q1, q2, q3 = queue.Queue(), queue.Queue(maxsize=5), queue.Queue()


def stage(inq, outq, fn):
    while True:
        x = inq.get()
        if x is STOP:
            outq.put(STOP)
            return
        outq.put(fn(x))


ts = [threading.Thread(target=stage, args=(q1, q2, lambda x: x * 3)),
      threading.Thread(target=stage, args=(q2, q3, lambda x: f"<{x}>"))]
for t in ts:
    t.start()
for i in range(300):
    q1.put(i)
q1.put(STOP)
out = []
while True:
    x = q3.get()
    if x is STOP:
        break
    out.append(x)
for t in ts:
    t.join()
print(len(out), out[:5], out[-1])
print(out == [f"<{i * 3}>" for i in range(300)])

# Fan-out / fan-in: 4 workers squaring, results tagged and sorted.
jobs, results = queue.Queue(), queue.Queue()


def sq_worker():
    while (x := jobs.get()) is not STOP:
        results.put((x, x * x))


ws = [threading.Thread(target=sq_worker) for _ in range(4)]
for w in ws:
    w.start()
for i in range(100):
    jobs.put(i)
for _ in ws:
    jobs.put(STOP)
for w in ws:
    w.join()
res = sorted(results.get_nowait() for _ in range(results.qsize()))
print(len(res), res[:3], res[-1])
