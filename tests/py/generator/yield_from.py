# yield from delegation: values, return values, send and throw passing through.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-final"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(list(g))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x for x in [9]))))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
def catcher():
    try:
        yield 1
    except ValueError:
        yield "caught in inner"
def delegator():
    yield from catcher()
    yield "after"
d = delegator()
print(next(d), d.throw(ValueError), next(d))
def sub():
    yield 1
    return 42
def counts():
    total = 0
    for _ in range(3):
        total += yield from sub()
    return total
g = counts()
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as e:
    print(out, e.value)
