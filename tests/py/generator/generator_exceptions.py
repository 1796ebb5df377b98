# Exceptions raised in generators propagate to the consumer and finish the generator.
def failing():
    yield 1
    raise KeyError("boom")
    yield 2
g = failing()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError:", e)
print(next(g, "exhausted"))
def catches_in_loop():
    for i in range(3):
        try:
            yield i
        except ValueError:
            print("swallowed at", i)
g = catches_in_loop()
print(next(g), g.throw(ValueError), g.throw(ValueError))
try:
    g.throw(ValueError)
except ValueError:
    print("now propagates")
except StopIteration:
    print("StopIteration")
def ctx_in_gen():
    try:
        yield
    except Exception as e:
        print("context inside:", repr(e.__context__))
        yield "second"
g = ctx_in_gen()
next(g)
try:
    raise TypeError("outer")
except TypeError:
    print(g.throw(ValueError("thrown")))
