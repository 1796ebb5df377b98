# Data and non-data descriptors, precedence, __set_name__.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Point:
    x = Typed()
    y = Typed()
    nd = NonData()
p = Point()
print(p.x)
p.x = 5
print(p.x, p.__dict__, Point.x.name, Point.x.owner, isinstance(Point.x, Typed))
try:
    p.y = "bad"
except TypeError as e:
    print("TypeError:", e)
print(p.nd)
p.__dict__["nd"] = "instance wins"
print(p.nd)
p.__dict__["x"] = "ignored, data descriptor wins"
print(p.x)
class Deleter:
    def __get__(self, obj, t=None): return "val"
    def __delete__(self, obj): print("__delete__ called")
class H:
    d = Deleter()
h = H()
del h.d
print(h.d)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area)
