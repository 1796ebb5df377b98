# Metaclasses: __new__, __init__, __call__, __prepare__, class keywords.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
class Base(metaclass=Meta, flag=True):
    x = 1
    def method(self): pass
class Child(Base):
    y = 2
print(type(Base).__name__, type(Child).__name__, Child.created_by)
obj = Child()
print(type(obj).__name__)
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("__prepare__", name)
        return {"injected": 42}
class Prepared(metaclass=OrderedMeta):
    pass
print(Prepared.injected)
class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class S(metaclass=SingletonMeta):
    def __init__(self, v): self.v = v
print(S(1).v, S(2).v, S(1) is S(3))
Dyn = type("Dyn", (Base,), {"z": 3})
print(Dyn.z, Dyn.x, type(Dyn).__name__)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Conflict(A1, A2): pass
except TypeError as e:
    print("TypeError:", e)
class MetaRepr(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via MetaRepr>"
    def __len__(cls):
        return 99
class R(metaclass=MetaRepr): pass
print(repr(R), len(R), R)
