# Late binding of closure variables vs default-argument binding.
def make():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return fns
print([f() for f in make()])
def make_fixed():
    return [lambda i=i: i for i in range(3)]
print([f() for f in make_fixed()])
def make_factory():
    def factory(i):
        return lambda: i
    return [factory(i) for i in range(3)]
print([f() for f in make_factory()])
def mutate_after():
    items = []
    get = lambda: list(items)
    items.append("later")
    return get()
print(mutate_after())
def rebinding():
    v = "first"
    fn = lambda: v
    v = "second"
    return fn()
print(rebinding())
