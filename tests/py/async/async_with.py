# async with and async context managers, driven by hand.
class Suspend:
    def __await__(self):
        yield "suspended"
class AsyncCM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        await Suspend()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        await Suspend()
        return et is KeyError
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
async def main():
    async with AsyncCM("a") as a, AsyncCM("b") as b:
        print("inside", a, b)
    async with AsyncCM("swallow"):
        raise KeyError("hidden")
    try:
        async with AsyncCM("propagate"):
            raise ValueError("visible")
    except ValueError as e:
        print("caught", e)
    return "main done"
print(run(main()))
class NotAsync:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def wrong():
    async with NotAsync():
        pass
try:
    run(wrong())
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
