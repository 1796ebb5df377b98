# dataclasses: fields, defaults, repr/eq/order, frozen, post_init, asdict/astuple/replace.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass, InitVar
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    _secret: int = field(default=0, repr=False, compare=False)
a = Item("apple", 1.5)
b = Item("apple", 1.5, _secret=9)
print(a, a == b, a is not b, a.tags is not Item("x").tags)
print(asdict(a), astuple(a), replace(a, price=2.0), [f.name for f in fields(a)], is_dataclass(a), is_dataclass(Item))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3, scale=2))
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1
print(Options(level=3))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2
s = Slotted(1)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)
@dataclass
class Child(Item):
    color: str = "red"
print(Child("pear"), [f.name for f in fields(Child)])
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), Item.__eq__ is not object.__eq__, Item.__hash__)
