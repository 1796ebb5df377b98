# partial, reduce, wraps, total_ordering, singledispatch, cmp_to_key, partialmethod.
import functools
p = functools.partial(sorted, key=len)
print(p(["ccc", "a", "bb"]), p(["xx", "y"], reverse=True), repr(functools.partial(int, base=2)).startswith("functools.partial("))
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3]), functools.reduce(lambda a, b: a + b, "abc", ">"))
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register(bool)
def _(x):
    return f"bool {x}"
print(describe(1), describe(True), describe([1, 2]), describe("s"), describe(1.5))
print(sorted(describe.registry.keys(), key=lambda t: t.__name__))
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = functools.partialmethod(set_state, True)
c = Cell()
c.set_alive()
print(c.alive)
def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def documented(a: int) -> int:
    "Docstring here."
    return a
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__)
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
