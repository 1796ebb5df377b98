"""Thread start cost: 1000 trivial threads started and joined one after another.

Criterion (issue 3): under 2 s in all (CPython here: ~0.1 s).
"""
import sys
import threading
import time

N = 1000
hits = []
t0 = time.perf_counter()
for i in range(N):
    t = threading.Thread(target=hits.append, args=(i,))
    t.start()
    t.join()
dt = time.perf_counter() - t0
print(f"threads={N} ran={len(hits)}")
print(f"METRIC elapsed_s={dt:.3f} per_thread_ms={dt / N * 1000:.3f}", file=sys.stderr)
