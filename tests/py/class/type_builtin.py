# type() with one and three arguments; class attributes of type.
print(type(1), type("s"), type([]), type(type), type(object), type(None))
Point = type("Point", (), {"x": 0, "__repr__": lambda self: f"Point({self.x})"})
p = Point()
p.x = 5
print(p, Point.__name__, Point.__bases__, type(p) is Point)
Sub = type("Sub", (Point,), {"y": 1})
print(Sub().y, Sub.__mro__[1].__name__, isinstance(Sub(), Point))
print(type.__name__, object.__bases__, type.__bases__, isinstance(type, object), isinstance(object, type))
try:
    type("Bad", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(int.__name__, int.__qualname__, int.__module__, str.__mro__, len.__module__)
