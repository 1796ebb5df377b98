# Exceptions inside coroutines, throw() into a suspended coroutine.
class Pause:
    def __await__(self):
        return (yield "paused")
async def risky(fail):
    try:
        v = await Pause()
        if fail:
            raise ValueError(f"failed with {v}")
        return v
    finally:
        print("risky cleanup")
c = risky(True)
print(c.send(None))
try:
    c.send("data")
except ValueError as e:
    print("ValueError:", e)
c = risky(False)
c.send(None)
try:
    c.throw(KeyError("injected"))
except KeyError as e:
    print("KeyError:", e)
async def handles():
    try:
        await Pause()
    except KeyError:
        return "handled"
c = handles()
c.send(None)
try:
    c.throw(KeyError)
except StopIteration as e:
    print("result:", e.value)
async def chained():
    try:
        await risky(True)
    except ValueError as e:
        raise RuntimeError("wrapped") from e
c = chained()
c.send(None)
try:
    c.send("x")
except RuntimeError as e:
    print("RuntimeError:", e, "<-", repr(e.__cause__))
