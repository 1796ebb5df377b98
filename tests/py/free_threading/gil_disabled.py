# regen: manual
# -X gil=0: sys._is_gil_enabled() is False and sys._xoptions shows the option (as CPython 3.13t).
import sys
import threading

print("gil enabled:", sys._is_gil_enabled())
print("xoption:", sys._xoptions.get("gil"))

results = []
lock = threading.Lock()


def work(k):
    total = sum(i * k for i in range(20000))
    with lock:
        results.append((k, total))


ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
print("still without the GIL:", not sys._is_gil_enabled())
