# threading.local: each thread sees only its own attributes.
import threading

data = threading.local()
data.x = "main"
seen = {}
lock = threading.Lock()


def worker(i):
    before = hasattr(data, "x")
    data.x = i
    data.items = [i] * 3
    for _ in range(100):
        pass
    with lock:
        seen[i] = (before, data.x, data.items, sorted(vars(data)))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(seen):
    print(k, seen[k])
print("main still", data.x, hasattr(data, "items"))

try:
    threading.local().missing
except AttributeError as e:
    print("AttributeError:", e)

del data.x
print(hasattr(data, "x"))
data.y = 1
print(data.__dict__)
print(type(data).__name__, type(data).__module__)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
