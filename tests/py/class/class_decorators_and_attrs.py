# Class decorators that add methods and record attributes.
def add_repr(cls):
    fields = [k for k in cls.__annotations__]
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls
def auto_init(cls):
    fields = list(cls.__annotations__)
    def __init__(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)
    cls.__init__ = __init__
    return cls
@add_repr
@auto_init
class Person:
    name: str
    age: int
print(Person("Ann", 30), Person.__annotations__)
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        cls.reg_name = name
        return cls
    return deco
@register("a")
class A: pass
@register("b")
class B: pass
print({k: v.__name__ for k, v in registry.items()}, A.reg_name)
