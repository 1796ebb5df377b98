# async for over a class with __aiter__/__anext__.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    out = []
    async for v in Countdown(4):
        out.append(v)
    else:
        out.append("else")
    async for v in Countdown(5):
        if v == 3:
            break
        out.append(v)
    return out
print(run(main()))
async def sync_iter_error():
    async for x in [1, 2]:
        pass
try:
    run(sync_iter_error())
except TypeError as e:
    print("TypeError:", e)
async def anext_builtin():
    it = aiter(Countdown(2))
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    return a, b, c
print(run(anext_builtin()))
