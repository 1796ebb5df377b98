# A Queue(maxsize=2) between one producer and one consumer: the producer
# blocks when full, order is preserved, and the queue never holds more than 2.
import queue
import threading

q = queue.Queue(maxsize=2)
seen_sizes = []
received = []


def producer():
    for i in range(200):
        q.put(i)
        seen_sizes.append(q.qsize())
    q.put("end")


def consumer():
    while True:
        x = q.get()
        if x == "end":
            return
        received.append(x)


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print(received == list(range(200)), max(seen_sizes) <= 2, q.qsize())

# The producer is really blocked while the queue is full and nobody consumes.
q = queue.Queue(maxsize=1)
q.put("first")
progress = []


def blocked_put():
    q.put("second")
    progress.append("put returned")


t = threading.Thread(target=blocked_put)
t.start()
t.join(0.05)
print("blocked:", t.is_alive(), progress)
print(q.get())
t.join()
print(progress, q.get())
