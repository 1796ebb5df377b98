# Executor.map: results in input order whatever the completion order, several
# iterables, exceptions surfacing at iteration, timeout.
import concurrent.futures as cf
import threading
import time


def slow_square(x):
    # later inputs finish first
    time.sleep((10 - x) * 0.002)
    return x * x


with cf.ThreadPoolExecutor(max_workers=5) as ex:
    print(list(ex.map(slow_square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6])))
    print(list(ex.map(str.upper, ["a", "b"], chunksize=4)))
    print(list(ex.map(abs, [])))


def maybe_fail(x):
    if x == 3:
        raise ValueError(f"no {x}")
    return x


with cf.ThreadPoolExecutor(3) as ex:
    got = []
    try:
        for r in ex.map(maybe_fail, range(6)):
            got.append(r)
    except ValueError as e:
        print("ValueError after", got, e)

gate = threading.Event()


def wait_gate(x):
    gate.wait()
    return x


ex = cf.ThreadPoolExecutor(2)
it = ex.map(wait_gate, [1, 2], timeout=0.05)
try:
    next(it)
except cf.TimeoutError:
    print("map timeout")
gate.set()
ex.shutdown(wait=True)

# map is lazy on the consumer side but submits everything up front.
calls = []
lock = threading.Lock()


def record(x):
    with lock:
        calls.append(x)
    return x


with cf.ThreadPoolExecutor(4) as ex:
    it = ex.map(record, range(20))
ex.shutdown()
print(sorted(calls) == list(range(20)), list(it)[:3])
