# ThreadPoolExecutor options: initializer/initargs run once per worker thread,
# thread_name_prefix, max_workers validation; workers are reused.
import concurrent.futures as cf
import threading

inits = []
lock = threading.Lock()
tl = threading.local()


def init(tag):
    with lock:
        inits.append(tag)
    tl.tag = tag


def job(x):
    return (tl.tag, threading.current_thread().name.rsplit("_", 1)[0], x)


ex = cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool", initializer=init, initargs=("ready",))
results = [f.result() for f in [ex.submit(job, i) for i in range(30)]]
ex.shutdown()
print(len(inits) <= 3, set(inits), {r[:2] for r in results})
print([r[2] for r in results] == list(range(30)))

for bad in (0, -1):
    try:
        cf.ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    cf.ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print("TypeError:", e)

# Worker threads are named prefix_N; default prefix names start with ThreadPoolExecutor-.
names = set()
with cf.ThreadPoolExecutor(max_workers=2) as ex2:
    for f in [ex2.submit(lambda: threading.current_thread().name) for _ in range(10)]:
        names.add(f.result().split("-")[0])
print(names)

# A single worker runs tasks one at a time, in submission order.
order = []
with cf.ThreadPoolExecutor(max_workers=1) as one:
    for i in range(10):
        one.submit(order.append, i)
print(order)
