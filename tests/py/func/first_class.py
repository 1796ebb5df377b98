# Functions as values: passing, returning, storing, attributes.
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(str.upper, "x"), apply(lambda: "none"))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, abs, int)("-42"), compose()(5))
def f(): pass
print(f.__name__, f.__qualname__, f.__module__, type(f).__name__, callable(f), f.__defaults__)
f.__name__ = "renamed"
print(f.__name__)
print(sorted([f, print, len], key=lambda fn: fn.__name__)[0].__name__)
funcs = [len, str.strip, abs]
print([fn.__name__ for fn in funcs])
print((lambda: 1).__name__, max.__name__, str.join.__name__, [].append.__name__, [].append.__self__)
