# Exact CPython 3.11 messages of NameError, TypeError and AttributeError, printed via type(e).__name__.
import math
def run(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
run(lambda: undefined_thing)
run(lambda: prnt("x"))
run(lambda: math.sqroot(4))
run(lambda: "abc".uper())
run(lambda: [].appendd(1))
run(lambda: None.foo)
run(lambda: (1).real.nope)
class Foo:
    def __init__(self):
        self.value = 1
        self.values = []
run(lambda: Foo().valeu)
run(lambda: Foo.method)
run(lambda: len())
run(lambda: len(1, 2))
run(lambda: abs())
run(lambda: sorted())
run(lambda: "x".split(1))
run(lambda: [1, 2, 3][1:2:0])
run(lambda: int("5", 99))
run(lambda: math.sqrt(-1))
run(lambda: math.log(0))
run(lambda: math.factorial(-1))
run(lambda: {}.get())
run(lambda: str.join())
run(lambda: Foo(1))
run(lambda: object.__new__(int))
run(lambda: setattr(1, "x", 2))
run(lambda: delattr(Foo(), "nope"))
def local_unbound():
    print(y)
    y = 1
run(local_unbound)
def free_unbound():
    def inner():
        return z
    inner_result = inner()
    z = 1
    return inner_result
run(free_unbound)
run(lambda: __import__("no_such_module_xyz"))
run(lambda: math.pi())
run(lambda: [] < {})
run(lambda: 1 + None)
run(lambda: None + 1)
nothing = None
run(lambda: [1][nothing])
run(lambda: {1: 2}[[1]])
run(lambda: "a" in 1)
run(lambda: list.append(1, 2))
