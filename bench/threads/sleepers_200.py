"""Threads that wait hold no worker: 200 threads that each sleep 1 s.

Criterion (issue 3): all finish within 2 s, peak RSS under 1 GiB (CPython here: ~1.1 s).
"""
import sys
import threading
import time

N = 200
done = []
lock = threading.Lock()


def sleeper(i):
    time.sleep(1)
    with lock:
        done.append(i)


t0 = time.perf_counter()
ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
dt = time.perf_counter() - t0
print(f"threads={N} finished={len(done)}")
print(f"METRIC elapsed_s={dt:.3f}", file=sys.stderr)
