# __dict__, __class__, __module__, __doc__, __name__, __qualname__, __mro__ and __annotations__.
class A:
    """A doc"""
    x: int = 1
    y: "str"
    def f(self): pass
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, A.__annotations__)
print(sorted(k for k in A.__dict__ if not k.startswith("__")), type(A.__dict__).__name__)
try:
    A.__dict__["z"] = 1
except TypeError as e:
    print("TypeError:", e)
a = A()
print(a.__class__.__name__, a.__dict__, a.__module__, a.__doc__)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__, repr(A))
def outer():
    class Local: pass
    return Local
print(outer().__qualname__, outer.__qualname__)
