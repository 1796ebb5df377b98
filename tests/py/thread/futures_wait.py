# concurrent.futures.wait with ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION
# and a timeout: the done / not_done sets.
import concurrent.futures as cf
import threading

gate = threading.Event()


def blocked(x):
    gate.wait()
    return x


def fail():
    raise KeyError("failed task")


ex = cf.ThreadPoolExecutor(max_workers=4)
quick = ex.submit(lambda: "quick")
slow = [ex.submit(blocked, i) for i in range(2)]

done, not_done = cf.wait([quick] + slow, return_when=cf.FIRST_COMPLETED)
print("first completed:", [f.result() for f in done], len(not_done))

done, not_done = cf.wait([quick] + slow, timeout=0.05)
print("timeout:", len(done), len(not_done))

bad = ex.submit(fail)
done, not_done = cf.wait(slow + [bad], return_when=cf.FIRST_EXCEPTION)
print("first exception:", [type(f.exception()).__name__ for f in done], len(not_done))

gate.set()
done, not_done = cf.wait([quick, bad] + slow, return_when=cf.ALL_COMPLETED)
print("all:", len(done), len(not_done))
print(sorted(str(f.result()) for f in done if f.exception() is None))

# FIRST_EXCEPTION with no exception waits for all.
futs = [ex.submit(pow, 2, i) for i in range(5)]
done, not_done = cf.wait(futs, return_when=cf.FIRST_EXCEPTION)
print(len(done), len(not_done))
print(cf.ALL_COMPLETED, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION)
print(type(cf.wait([])).__name__, cf.wait([]))
ex.shutdown()
