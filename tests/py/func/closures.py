# Closures capture variables, not values.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(5), c2())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])
def outer():
    x = "first"
    def get(): return x
    x = "second"
    return get
print(outer()())
print(make_counter.__code__.co_cellvars if False else "skip", c1.__code__.co_freevars, c1.__closure__[0].cell_contents)
def multi_level():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()
print(multi_level()())
def cell_shared():
    v = []
    def add(x): v.append(x)
    def get(): return v
    return add, get
add, get = cell_shared()
add(1); add(2)
print(get())
