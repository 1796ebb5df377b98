# collections.namedtuple behaviour.
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=9), Point._make([5, 6]))
print(p == (1, 2), isinstance(p, tuple), len(p), list(p), hash(p) == hash((1, 2)))
x, y = p
print(x + y)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 0])
print(P3(1), P3(1, 2, 3), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
R = namedtuple("R", "class def ok", rename=True)
print(R._fields)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
print(Vec(3, 4).norm2(), Vec(3, 4), Vec.__mro__[1].__name__)
print(Point(x=1, y=2)._replace(y=5), repr(Point(0, 0)))
