# __await__ protocol, awaiting non-awaitables, never-awaited coroutines closed.
class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        return self.v
        yield
async def use_ready():
    return await Ready(5) + await Ready(6)
c = use_ready()
try:
    c.send(None)
except StopIteration as e:
    print("result:", e.value)
async def await_int():
    await 5
c = await_int()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)
class BadAwait:
    def __await__(self):
        return 5
async def await_bad():
    await BadAwait()
c = await_bad()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)
async def coro(): return 1
c = coro()
c.close()
print("closed cleanly")
c = coro()
try:
    c.send(None)
except StopIteration:
    pass
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
import inspect
print(inspect.iscoroutinefunction(coro), inspect.iscoroutine(coro.__call__) if False else "skip")
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
