# abc: abstract methods, instantiation errors, register, __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__}: area={self.area()}"
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Partial(Shape):
    def area(self): return 1
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
print(Square(3).describe(), Square(3).perimeter(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance("abc", Sized))
class Registered(ABC):
    pass
Registered.register(tuple)
print(isinstance((1,), Registered), issubclass(tuple, Registered), Registered in tuple.__mro__)
class WithAbstractProperty(ABC):
    @property
    @abstractmethod
    def name(self): ...
class Named(WithAbstractProperty):
    @property
    def name(self): return "named"
print(Named().name)
try:
    WithAbstractProperty()
except TypeError as e:
    print("TypeError:", e)
