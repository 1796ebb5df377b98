# ThreadPoolExecutor.submit: Future results, states, args/kwargs, the context
# manager waiting for everything.
import concurrent.futures as cf
import threading


def power(base, exp=2):
    return base ** exp


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(power, i) for i in range(10)]
    futs.append(ex.submit(power, 2, exp=10))
    futs.append(ex.submit(power, base=3, exp=3))
    print([f.result() for f in futs])
print(all(f.done() for f in futs), any(f.running() for f in futs), any(f.cancelled() for f in futs))
print([f.exception() for f in futs[:3]])

gate = threading.Event()
started = threading.Event()


def blocked():
    started.set()
    gate.wait()
    return "released"


ex = cf.ThreadPoolExecutor(max_workers=1)
f = ex.submit(blocked)
started.wait()
print("running:", f.running(), "done:", f.done())
try:
    f.result(timeout=0.03)
except cf.TimeoutError:
    print("TimeoutError from result(timeout)")
print(cf.TimeoutError is TimeoutError)
gate.set()
print(f.result(timeout=30), f.done(), f.running())
ex.shutdown()

r = repr(f)
print(r[: r.index(" at ")], r[r.index(" state"):])
print(cf.Future.__name__, isinstance(f, cf.Future))

# submit with a callable object and a builtin.
with cf.ThreadPoolExecutor(2) as ex:
    print(ex.submit(sorted, [3, 1, 2]).result(), ex.submit(len, "abc").result())
    try:
        ex.submit()
    except TypeError:
        print("TypeError for submit()")
