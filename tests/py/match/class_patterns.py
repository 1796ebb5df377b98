# Class patterns with positional (__match_args__) and keyword sub-patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(Point(0, 0), r=r):
            return f"centered circle r={r}"
        case Circle(center=Point(x=cx), r=1):
            return f"unit circle, cx={cx}"
        case Point() | Circle():
            return "some shape"
        case int(v) | float(v):
            return f"number {v}"
        case str(s):
            return f"string {s}"
        case list([_, *_]):
            return "non-empty list"
        case _:
            return "?"
for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(0, 0), 2), Circle(Point(7, 1), 1),
          Circle(Point(7, 1), 3), 4, 2.5, "s", [1], [], None]:
    print(where(s))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
from dataclasses import dataclass
@dataclass
class Item:
    name: str
    qty: int
match Item("apple", 3):
    case Item(name, qty=q) if q > 2:
        print("dataclass match", name, q)
