# Each thread has its own recursion depth: deep recursion in a thread raises
# RecursionError there, which is caught; other threads are unaffected.
import sys
import threading

results = {}


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def unbounded(n):
    return unbounded(n + 1)


def deep_ok(key):
    results[key] = depth(400)


def too_deep(key):
    try:
        unbounded(0)
    except RecursionError as e:
        results[key] = "RecursionError: " + str(e)


ts = [threading.Thread(target=deep_ok, args=("ok1",)),
      threading.Thread(target=too_deep, args=("bad",)),
      threading.Thread(target=deep_ok, args=("ok2",))]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(k, results[k])

print(sys.getrecursionlimit())
seen = []
t = threading.Thread(target=lambda: seen.append(sys.getrecursionlimit()))
t.start()
t.join()
print(seen)
print(depth(400))
