# class statement features: bases, keywords, decorators, nested classes, class body code.
class Base:
    kind = "base"
class Child(Base):
    """A child."""
    kind = "child"
    items = [i * 2 for i in range(3)]
    def method(self):
        return self.kind
    class Nested:
        pass
print(Child().method(), Child.items, Child.__doc__)
print(Child.Nested.__qualname__, Child.Nested.__name__, Child.__bases__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class D:
    pass
print(D.decorated)
class WithBody:
    x = 1
    y = x + 1
    if y > 1:
        z = "conditional"
    for i in range(3):
        pass
    del i
print(WithBody.y, WithBody.z, hasattr(WithBody, "i"))
class Multiple(Child, dict):
    pass
print([c.__name__ for c in Multiple.__mro__])
print(type(Child).__name__, Child.__module__)
class Empty: pass
print(Empty.__bases__, Empty().__class__.__name__)
