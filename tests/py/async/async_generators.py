# Async generators driven by hand.
class Tick:
    def __await__(self):
        yield "tick"
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10
    print("agen done")
def drive(awaitable):
    """Run an awaitable to completion, counting suspensions."""
    it = awaitable.__await__()
    ticks = 0
    while True:
        try:
            it.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks
async def collect(ag):
    out = []
    async for v in ag:
        out.append(v)
    return out
print(drive(collect(agen(3))))
ag = agen(2)
print(type(ag).__name__, ag.__name__)
print(drive(ag.__anext__()))
print(drive(ag.__anext__()))
try:
    drive(ag.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
async def comp():
    return [v async for v in agen(3) if v > 0]
print(drive(comp()))
async def asend_gen():
    total = 0
    while True:
        v = yield total
        total += v
g = asend_gen()
print(drive(g.asend(None)), drive(g.asend(5)), drive(g.asend(7)))
print(drive(g.aclose()))
