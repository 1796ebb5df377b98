# Generator basics: state, laziness, exhaustion, return values.
def gen():
    print("started")
    x = yield 1
    print("got", x)
    yield 2
    return "done"
g = gen()
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration:", e.value)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
print(list(gen()))
def empty():
    return
    yield
print(list(empty()))
def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(5)), sum(squares(100)), max(squares(4)))
