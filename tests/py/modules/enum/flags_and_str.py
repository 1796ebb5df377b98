# enum.Flag, IntFlag, StrEnum and functional API.
import enum
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, ~Perm.R, bool(Perm(0)), list(rw))
print(Perm(7), Perm(0), rw.value, (Perm.R | Perm.X).name)
class IPerm(enum.IntFlag):
    R = 4
    W = 2
print(IPerm.R | 1, IPerm.R | IPerm.W, int(IPerm.R | IPerm.W), IPerm(6) == 6)
class Mode(enum.StrEnum):
    READ = "r"
    WRITE = enum.auto()
print(Mode.READ, Mode.WRITE, Mode.READ == "r", Mode.READ.upper(), repr(Mode.WRITE))
Animal = enum.Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Shape = enum.Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(Shape.SQUARE.value, Shape(3).name)
class Ordered(enum.Enum):
    LOW = 1
    HIGH = 2
    def __lt__(self, other):
        return self.value < other.value
print(sorted([Ordered.HIGH, Ordered.LOW]), max(Ordered))
class WithMethods(enum.Enum):
    A = "a"
    @classmethod
    def default(cls):
        return cls.A
    def shout(self):
        return self.value.upper()
print(WithMethods.default().shout(), WithMethods.A._name_, WithMethods.A._value_)
