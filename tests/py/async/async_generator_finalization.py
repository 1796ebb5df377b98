# Async generator aclose/athrow and finally blocks.
class Step:
    def __await__(self):
        yield
def drive(aw):
    it = aw.__await__()
    try:
        while True:
            it.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    try:
        yield 1
        await Step()
        yield 2
    finally:
        print("agen finally")
g = agen()
print(drive(g.__anext__()))
print(drive(g.aclose()))
g = agen()
print(drive(g.__anext__()))
try:
    drive(g.athrow(ValueError("thrown in")))
except ValueError as e:
    print("ValueError:", e)
async def catching():
    try:
        yield "first"
    except KeyError:
        yield "recovered"
g = catching()
print(drive(g.__anext__()), drive(g.athrow(KeyError)))
