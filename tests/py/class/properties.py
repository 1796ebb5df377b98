# property: getter, setter, deleter, read-only, docs.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__, isinstance(Temperature.fahrenheit, property))
class Legacy:
    def get_x(self): return self._x
    def set_x(self, v): self._x = v * 2
    x = property(get_x, set_x, None, "legacy x")
l = Legacy()
l.x = 5
print(l.x, Legacy.x.__doc__)
class Sub(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return f"sub {self._c}"
s = Sub(1)
s.celsius = 2
print(s.celsius)
try:
    del Legacy().x
except AttributeError as e:
    print("AttributeError:", e)
