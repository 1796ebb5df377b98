# A tiny round-robin scheduler for coroutines, using a custom awaitable.
from collections import deque
class Yield:
    def __await__(self):
        yield
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield
async def worker(name, steps, log):
    for i in range(steps):
        log.append(f"{name}{i}")
        await Yield()
    return f"{name} done"
async def sleeper(log):
    log.append("sleep start")
    await Sleep(3)
    log.append("sleep end")
    return "slept"
def run_all(coros):
    ready = deque(enumerate(coros))
    results = [None] * len(coros)
    while ready:
        i, c = ready.popleft()
        try:
            c.send(None)
            ready.append((i, c))
        except StopIteration as e:
            results[i] = e.value
    return results
log = []
print(run_all([worker("a", 3, log), worker("b", 2, log), sleeper(log)]))
print(log)
