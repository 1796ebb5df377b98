# as_completed yields every future exactly once, as each finishes; duplicates
# are yielded once; a timeout raises TimeoutError naming the unfinished count.
import concurrent.futures as cf
import threading

gates = [threading.Event() for _ in range(5)]
order = []


def job(i):
    gates[i].wait()
    return i * 10


with cf.ThreadPoolExecutor(max_workers=5) as ex:
    futs = [ex.submit(job, i) for i in range(5)]
    seq = [3, 0, 4, 1, 2]
    it = cf.as_completed(futs)
    for i in seq:
        gates[i].set()
        f = next(it)       # exactly the one just released
        order.append(f.result())
print(order)

with cf.ThreadPoolExecutor(4) as ex:
    futs = [ex.submit(pow, 2, i) for i in range(8)]
    results = sorted(f.result() for f in cf.as_completed(futs + futs[:3]))
print(results)

# Already-finished futures come out first; an empty input yields nothing.
done = cf.Future()
done.set_result("early")
print([f.result() for f in cf.as_completed([done])], list(cf.as_completed([])))

block = threading.Event()
ex = cf.ThreadPoolExecutor(2)
futs = [ex.submit(block.wait), ex.submit(block.wait), ex.submit(lambda: "quick")]
got = []
try:
    for f in cf.as_completed(futs, timeout=0.1):
        got.append(f.result())
except cf.TimeoutError as e:
    print("TimeoutError:", e, got)
block.set()
ex.shutdown()
