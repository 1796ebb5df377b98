# queue.Queue without threads: FIFO order, sizes, maxsize, nowait variants,
# Empty/Full.
import queue

q = queue.Queue()
print(q.empty(), q.full(), q.qsize(), q.maxsize)
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(5)])
try:
    q.get_nowait()
except queue.Empty:
    print("Empty from get_nowait")
try:
    q.get(block=False)
except queue.Empty as e:
    print("Empty from get(block=False)", repr(e))

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize())
try:
    b.put_nowait("c")
except queue.Full:
    print("Full from put_nowait")
try:
    b.put("c", block=False)
except queue.Full:
    print("Full from put(block=False)")
print(b.get(), b.get_nowait(), b.empty())

# maxsize <= 0 means unbounded.
u = queue.Queue(maxsize=-1)
for i in range(1000):
    u.put_nowait(i)
print(u.qsize(), u.full())
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__name__, queue.Full.__name__)
