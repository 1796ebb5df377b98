# types.coroutine and generator-based awaitables.
import types
@types.coroutine
def legacy(v):
    got = yield v
    return got + 1
async def modern():
    r = await legacy("hello")
    return r * 10
c = modern()
print(c.send(None))
try:
    c.send(4)
except StopIteration as e:
    print(e.value)
print(type(modern).__name__, type(modern()).__name__ if False else "coroutine", types.CoroutineType.__name__)
async def f(): pass
co = f()
print(isinstance(co, types.CoroutineType), hasattr(co, "__await__"), co.cr_running, co.cr_frame is not None)
co.close()
print(co.cr_frame)
