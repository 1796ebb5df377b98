# enum.Enum, IntEnum, auto, unique, lookups.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [m.name for m in Color], list(Color.__members__))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED in Color, isinstance(Color.GREEN, Color), type(Color.RED).__name__)
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, sorted([Num.TWO, Num.ONE]), Num(1), repr(Num.TWO), f"{Num.TWO}", str(Num.TWO))
class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()
    C = enum.auto()
print([(m.name, m.value) for m in Auto])
try:
    @enum.unique
    class Dup(enum.Enum):
        X = 1
        Y = 1
except ValueError as e:
    print("ValueError:", e)
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return 6.674e-11 * self.mass / self.radius ** 2
print(round(Planet.EARTH.gravity, 2), Planet.MARS.mass, Planet((6.42e23, 3.39e6)).name)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: "r"}[Color.CRIMSON], Color.RED.__class__.__mro__[1].__name__)
