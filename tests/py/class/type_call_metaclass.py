# type(name, bases, ns) hands over to a base's metaclass when it defines __new__; builtin __module__.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, sorted(ns))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    x = 1
Dyn = type("Dyn", (Base,), {"z": 3})
print(type(Dyn).__name__, Dyn.z, Dyn.x)
class Plain(type):
    pass
class P(metaclass=Plain):
    pass
D2 = type("D2", (P,), {})
print(type(D2).__name__)
try:
    type("Bad", (Base, P), {})
except TypeError as e:
    print("TypeError:", e)
import math
print(len.__module__, math.sqrt.__module__, [].append.__module__)
