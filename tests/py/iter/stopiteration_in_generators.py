# PEP 479: StopIteration inside a generator becomes RuntimeError.
def gen():
    yield 1
    raise StopIteration("inside")
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def gen2():
    it = iter([])
    yield next(it, "fallback")
print(list(gen2()))
def gen3():
    return "retval"
    yield
g = gen3()
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
