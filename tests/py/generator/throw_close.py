# throw() and close() on generators.
def worker():
    try:
        while True:
            try:
                x = yield
                print("processing", x)
            except ValueError as err:
                print("handled ValueError:", err)
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad input"))
w.send(2)
w.close()
print("closed")
w.close()
try:
    w.send(3)
except StopIteration:
    print("StopIteration after close")
def unhandled():
    yield 1
    yield 2
g = unhandled()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(list(g))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "recovered"
g = returns_on_throw()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration value:", e.value)
g = unhandled()
g.close()
print(list(g))
def close_returns():
    try:
        yield
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = close_returns()
next(g)
print(g.close())
