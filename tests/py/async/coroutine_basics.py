# Coroutines driven by hand with send(): no event loop.
class Suspend:
    """An awaitable that suspends once, handing `value` to the driver."""
    def __init__(self, value):
        self.value = value
    def __await__(self):
        received = yield self.value
        return received
async def add(a, b):
    x = await Suspend(f"need {a}")
    y = await Suspend(f"need {b}")
    return x + y
coro = add("a", "b")
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(coro.send(None))
print(coro.send(1))
try:
    coro.send(2)
except StopIteration as e:
    print("result:", e.value)
def run(coro):
    """Drive a coroutine, answering each suspension with the length of its value."""
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value
        value = len(request)
print(run(add("xx", "yyy")))
async def plain():
    return "no awaits"
print(run(plain()))
async def nested():
    a = await add("1", "22")
    b = await plain()
    return a, b
print(run(nested()))
