# __instancecheck__ and __subclasscheck__ on metaclasses; ABC register.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=DuckMeta): pass
class Mallard:
    def quack(self): pass
print(isinstance(Mallard(), Duck), isinstance(1, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
from abc import ABC
class Sized2(ABC): pass
Sized2.register(list)
print(isinstance([], Sized2), issubclass(list, Sized2), isinstance((), Sized2))
print(isinstance(3, (str, (int, float))), issubclass(bool, (str, (list, int))))
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
