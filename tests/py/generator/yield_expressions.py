# yield as an expression in various positions.
def g():
    a = (yield 1) or "default"
    b = [(yield 2), (yield 3)]
    c = yield
    print("values:", a, b, c)
    yield f"{(yield 'inside-fstring')}!"
gen = g()
print(next(gen))
print(gen.send(None))
print(gen.send("b0"))
print(gen.send("b1"))
print(gen.send("c"))
print(gen.send("fs"))
def lambda_gen():
    return (lambda: (yield 5))()
print(list(lambda_gen()))
def yield_in_cond(flag):
    x = (yield "a") if flag else "no yield"
    yield x
print(list(yield_in_cond(True)), list(yield_in_cond(False)))
