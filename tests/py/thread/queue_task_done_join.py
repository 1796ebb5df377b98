# task_done/join: join() returns once every put item has been marked done;
# unfinished_tasks; too many task_done calls.
import queue
import threading

q = queue.Queue()
processed = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            processed.append(item * item)
        q.task_done()


ws = [threading.Thread(target=worker) for _ in range(4)]
for w in ws:
    w.start()
for i in range(100):
    q.put(i)
q.join()
print("after join:", len(processed), q.unfinished_tasks, q.empty())
for i in range(100, 110):
    q.put(i)
q.join()
print("second batch:", len(processed))
for _ in ws:
    q.put(None)
q.join()
for w in ws:
    w.join()
print(sorted(processed) == sorted(i * i for i in range(110)))

try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

# join() on a queue with nothing outstanding returns at once.
q2 = queue.Queue()
q2.join()
q2.put(1)
print(q2.unfinished_tasks)
q2.get()
print(q2.unfinished_tasks)
q2.task_done()
print(q2.unfinished_tasks)

# Several threads blocked in join() are all released.
q3 = queue.Queue()
q3.put("job")
joined = []
js = [threading.Thread(target=lambda i=i: (q3.join(), joined.append(i))) for i in range(3)]
for j in js:
    j.start()
for j in js:
    j.join(0.01)
print("joined before task_done:", joined)
q3.get()
q3.task_done()
for j in js:
    j.join()
print("joined after:", sorted(joined))
