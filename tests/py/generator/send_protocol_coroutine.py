# Generator-based coroutines: a simple scheduler.
from collections import deque
def task(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        yield
    return f"{name} finished"
def run(tasks):
    queue = deque(tasks)
    results = []
    while queue:
        t = queue.popleft()
        try:
            next(t)
            queue.append(t)
        except StopIteration as e:
            results.append(e.value)
    return results
print(run([task("A", 3), task("B", 1), task("C", 2)]))
def averager():
    total, count = 0.0, 0
    while True:
        x = yield
        if x is None:
            return total / count if count else 0.0
        total += x
        count += 1
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in {"a": [1, 2, 3], "b": [10, 20]}.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)
