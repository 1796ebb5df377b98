import enum as real
import re

from util import run_source, write_temp

PRELUDE = '''
import sys, pickle
Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique = enum.Enum, enum.IntEnum, enum.StrEnum, enum.Flag, enum.IntFlag, enum.auto, enum.unique
ReprEnum = enum.ReprEnum
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
'''

SCENARIOS = []


def scenario(src):
    SCENARIOS.append(src)


scenario('''
class Perm(Flag):
    R = 4; W = 2; X = 1
t(lambda: (repr(Perm.R|Perm.W), str(Perm.R|Perm.W), list(Perm.R|Perm.W), repr(Perm(7)), repr(Perm(0)), str(Perm(0)), repr(~Perm.R), format(Perm.R|Perm.W)))
class IP(IntFlag):
    R = 4; W = 2; X = 1
t(lambda: (repr(IP.R|IP.W), str(IP.R|IP.W), repr(IP(8)), repr(IP.R | 8), repr(~IP.R), repr(IP(0)), format(IP.R), repr(IP.R+1), repr(IP(-1))))
t(lambda: Perm(8))
class E(int, Enum):
    A = 1
t(lambda: (repr(E.A), str(E.A), format(E.A), f"{E.A}", '%s' % E.A))
class C(Enum):
    RED = 1; GREEN = 2
t(lambda: (repr(C.RED), str(C.RED), format(C.RED), format(C.RED, '>10'), repr(C), C.__members__))
t(lambda: 5 in C)
t(lambda: C.RED in C); t(lambda: C(5)); t(lambda: C['X']); t(lambda: C(C.RED))
def make(): 
    class D(Enum):
        A = 1
        A = 2
t(make)
def make():
    class D2(C): pass
t(make)
def setit(): C.RED = 5
t(setit)
def delit(): del C.RED
t(delit)
def make():
    class D3(Enum):
        _x_ = 1
t(make)
class S(StrEnum):
    A = auto(); B = 'bee'
t(lambda: (repr(S.A), str(S.A), format(S.A), S.A == 'a', repr(S.B)))
class I(IntEnum):
    A = auto(); B = auto(); C = 10; D = auto()
t(lambda: (repr(I.A), str(I.D), format(I.A, '>4'), I.A + 1, list(I), dir(I)))
t(lambda: (C.RED.__reduce_ex__(4), dir(C.RED), dir(C)))
class F2(Flag):
    A = auto(); B = auto(); AB = A | B; NONE = 0
t(lambda: (list(F2), list(F2.__members__), repr(F2.AB), repr(F2(0)), repr(F2.A | F2.B), list(F2.AB), len(F2.AB)))
class P(Flag):
    R = 4; W = 2; X = 1; RWX = 7
t(lambda: (repr(P.R|P.W|P.X), repr(~P.R), repr(~P.RWX), repr(P(6))))
class Bad(Flag):
    A = 1; C = 5
t(lambda: (repr(Bad.C), list(Bad)))
class Q(Flag):
    A = 2; B = 1; C = 4
t(lambda: (list(Q(7)), repr(Q(7)), repr(Q(3))))
class QI(IntFlag):
    A = 2; B = 1; C = 4
t(lambda: (list(QI(15)), repr(QI(15)), repr(QI(11)), str(QI.A), QI.A | 1, type(QI.A | 1), QI.A + 1, type(QI.A+1)))
''')

scenario('''
class Bad(Flag):
    A = 1; C = 5
t(lambda: Bad(4)); t(lambda: Bad(5)); t(lambda: Bad._flag_mask_); t(lambda: Bad._all_bits_); t(lambda: ~Bad.A); t(lambda: Bad(1))
class Z(Flag):
    A = 1; B = 2
t(lambda: Z(-1)); t(lambda: Z(-2)); t(lambda: Z('x')); t(lambda: Z.A | 1); t(lambda: Z.A & Z.B); t(lambda: Z.A ^ Z.B); t(lambda: Z.A in (Z.A|Z.B)); t(lambda: 1 in Z.A); t(lambda: bool(Z(0)))
class ZE(Flag, boundary=enum.EJECT):
    A = 1; B = 2
t(lambda: ZE(7)); t(lambda: ~ZE.A)
class ZC(Flag, boundary=enum.CONFORM):
    A = 1; B = 2
t(lambda: ZC(7)); t(lambda: ~ZC.A); t(lambda: ZC(-1))
class ZK(Flag, boundary=enum.KEEP):
    A = 1; B = 2
t(lambda: ZK(7)); t(lambda: ~ZK.A); t(lambda: ZK(-1)); t(lambda: str(ZK(7)))
t(lambda: Flag('FF', 'A B C')); t(lambda: list(Flag('FF', 'A B C'))); t(lambda: IntFlag('IF', 'A B C').C)
t(lambda: Enum('Animal', 'ANT BEE, CAT')); t(lambda: list(Enum('Animal', 'ANT BEE, CAT')))
t(lambda: list(Enum('A2', [('X', 10), ('Y', 20)]))); t(lambda: list(Enum('A3', {'X': 'x'}))); t(lambda: list(Enum('A4', ['P', 'Q'], start=5)))
t(lambda: Enum('A5', 'X').__module__); t(lambda: Enum('A5', 'X', module='mymod').__module__); t(lambda: Enum('A6', 'X', qualname='Q.A6').__qualname__)
t(lambda: list(IntEnum('IE', 'A B'))); t(lambda: list(StrEnum('SE', 'A B')))
t(lambda: Enum('A7', 'X', type=int)); t(lambda: list(Enum('A7', 'X Y', type=int)))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
t(lambda: Planet.EARTH); t(lambda: Planet.EARTH.mass); t(lambda: Planet((3.303e+23, 2.4397e6)))
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value]); obj._value_ = value; obj.label = label; return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
t(lambda: Coord.PY); t(lambda: Coord(1)); t(lambda: Coord.PY.label); t(lambda: str(Coord.PY))
class Al(Enum):
    A = 1; B = 1; C = 2
t(lambda: list(Al)); t(lambda: Al.B); t(lambda: Al.__members__); t(lambda: Al(1))
t(lambda: enum.unique(Al))
class Mi(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if value == 'a': return cls.A
        if value == 'bad': return 5
        if value == 'err': raise KeyError('x')
t(lambda: Mi('a')); t(lambda: Mi('bad')); t(lambda: Mi('err')); t(lambda: Mi('zz'))
try:
    Mi('err')
except KeyError as e:
    print(repr(e.__context__))
class W(Enum):
    name = 1; value = 2
t(lambda: W.name); t(lambda: W.value.name); t(lambda: W.name.value)
t(lambda: Enum.name)
class Ig(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    A = 1
t(lambda: list(Ig)); t(lambda: hasattr(Ig, 'tmp'))
class Ord(Enum):
    _order_ = 'A B'
    A = 1; B = 2
t(lambda: list(Ord))
def make():
    class Ord2(Enum):
        _order_ = 'B A'
        A = 1; B = 2
t(make)
class Gn(Enum):
    def _generate_next_value_(name, start, count, last_values): return name * 2
    A = auto(); B = auto()
t(lambda: list(Gn))
def make():
    class Gn2(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values): return name * 2
t(make)
class Mix(Enum):
    A = auto(); B = 'x'; C = auto()
t(lambda: list(Mix))
class T(Enum):
    A = (auto(), 'x')
    B = (auto(), 'y')
t(lambda: list(T))
t(lambda: hash(Z.A) == hash('A')); t(lambda: Z.A.__reduce_ex__(2)); t(lambda: Z.A._sort_order_)
t(lambda: [m for m in reversed(Planet)]); t(lambda: len(Planet)); t(lambda: bool(Enum)); t(lambda: Planet.__members__.__class__)
t(lambda: Planet.EARTH < Planet.MERCURY)
t(lambda: Planet.EARTH == Planet.EARTH); t(lambda: len(Planet.EARTH.__class__.__mro__))
t(lambda: [c.__name__ for c in IntEnum.__mro__]); t(lambda: [c.__name__ for c in IntFlag.__mro__]); t(lambda: [c.__name__ for c in StrEnum.__mro__])
t(lambda: StrEnum('SE2', [('A', 1)])); t(lambda: StrEnum('SE3', [('A', ('a', 'utf-8', 'strict', 4))]))
t(lambda: StrEnum('SE4', [('A', (b'a', 'ascii'))]).A); t(lambda: StrEnum('SE5', [('A', ('a', 1))]))
t(lambda: (enum.EnumMeta is enum.EnumType, type(Enum).__name__, enum.FlagBoundary.STRICT, repr(enum.STRICT), enum.EnumCheck.UNIQUE, repr(enum.CONTINUOUS)))
t(lambda: repr(auto()))
''')

scenario('''
class C(Enum):
    RED = 1
    @enum.property
    def extra(self): return 'x'
t(lambda: C.value); t(lambda: C.name); t(lambda: C.extra); t(lambda: C.RED.extra); t(lambda: C.RED.RED)
class W(Enum):
    name = 1; value = 2
t(lambda: W.name.name); t(lambda: W.value.value); t(lambda: W.name.value.name)
class X(Enum):
    A = 1
    def f(self): return 1
    B = 2
    class Inner: pass
    _Foo__bar = 3
    __private = 4
    _X__q = 5
    lam = lambda self: 1
t(lambda: list(X)); t(lambda: X._X__q); t(lambda: X.__dict__.get('_X__private'))
class Y(Enum):
    A = enum.member(lambda: 1)
    B = enum.nonmember(3)
    C = 2
t(lambda: len(Y)); t(lambda: Y.B); t(lambda: Y.A.value())
def make():
    class Z(Enum):
        def A(self): pass
        A = 1
t(make)
def make():
    class Z2(Enum):
        mro = 1
t(make)
class Base(Enum):
    def hello(self): return 'hi ' + self.name
class Sub(Base):
    A = 1
t(lambda: Sub.A.hello())
class IntBase(int, Enum): pass
class SubI(IntBase):
    A = 1
t(lambda: (repr(SubI.A), str(SubI.A), SubI.A + 1))
def make():
    class M(int, str, Enum): A = 1
t(make)
class F(float, Enum):
    A = 1.5
t(lambda: (repr(F.A), str(F.A), format(F.A), F.A * 2))
t(lambda: vars(C.RED)); t(lambda: C.RED._name_)
t(lambda: C.__doc__); t(lambda: C._member_names_); t(lambda: C._member_type_); t(lambda: C._value2member_map_)
class Doc(Enum):
    """my doc"""
    A = 1
t(lambda: Doc.__doc__); t(lambda: C.RED.__doc__)
t(lambda: C.__qualname__); t(lambda: C.RED.__objclass__)
t(lambda: Flag._boundary_); t(lambda: enum.IntFlag._boundary_)
class E2(Enum):
    A = 1
    def __str__(self): return 'custom'
t(lambda: (str(E2.A), format(E2.A), f'{E2.A:>8}', repr(E2.A)))
class E3(int, Enum):
    A = 1
    def __str__(self): return 'custom'
t(lambda: (str(E3.A), format(E3.A), f'{E3.A:>8}'))
class E4(IntEnum):
    A = 1
    def __repr__(self): return 'R'
t(lambda: (str(E4.A), format(E4.A), repr(E4.A), [E4.A]))
t(lambda: enum.StrEnum('S', 'A').A.upper())
t(lambda: {C.RED: 1}[C.RED]); t(lambda: C.RED == 1); t(lambda: enum.IntEnum('I', 'A').A == 1)
t(lambda: sorted(enum.IntEnum('I', 'B A').__members__.values()))
t(lambda: sorted(dir(C.RED))); t(lambda: dir(C)); t(lambda: dir(IntEnum('I2', 'A').A)[-5:])
class WithProp(Enum):
    A = 1
    @property
    def double(self): return self.value * 2
    def method(self): return 'm'
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(): return 'sm'
t(lambda: (WithProp.A.double, WithProp.A.method(), WithProp.cm(), WithProp.sm(), dir(WithProp.A)))
t(lambda: pickle.loads(pickle.dumps(IntEnum('Unp', 'A').A)))
t(lambda: WithProp.A.__hash__() == hash('A'))
class Init(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
class Sub2(Init):
    A = 1
t(lambda: Sub2.A)
class Seq(Enum):
    A = [1, 2]
    B = [3]
t(lambda: (Seq([1, 2]), Seq._unhashable_values_, Seq([3])))
t(lambda: Seq([9]))
class NewE(Enum):
    def __new__(cls, v):
        m = object.__new__(cls); m._value_ = v * 10; return m
    A = 1
    B = 2
t(lambda: (NewE.A, NewE(20), NewE.__new_member__ is not None))
class TupleInt(tuple, Enum):
    A = (1, 2)
t(lambda: (TupleInt.A, TupleInt.A[0], TupleInt((1, 2))))
class Gen(IntEnum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values): return 100 + count
    A = auto(); B = auto()
t(lambda: list(Gen))
''')

scenario('''
class G(Flag):
    A = 1; B = 2; AB = 3; C = 12
for v in [0, 1, 3, 4, 12, 13, 15, 16]:
    t(lambda: (G(v), len(G(v))))
t(lambda: G(5))
t(lambda: ~G.A); t(lambda: ~G.C); t(lambda: G._flag_mask_); t(lambda: G._all_bits_); t(lambda: G._singles_mask_)
t(lambda: list(G.__members__)); t(lambda: G.C in G(15)); t(lambda: G.A in G.C)
class GI(IntFlag):
    A = 1; B = 2; C = 12
for v in [4, 5, 13, 16, 17, -1, -16]:
    t(lambda: (GI(v), list(GI(v))))
t(lambda: ~GI.A); t(lambda: ~GI.C)
class H(Flag):
    A = 1; B = 4
t(lambda: H(2)); t(lambda: H(5)); t(lambda: ~H.A); t(lambda: H._all_bits_)
class Neg(IntFlag):
    A = 1; B = 2
t(lambda: Neg(-1)); t(lambda: Neg(-3)); t(lambda: Neg(8)); t(lambda: ~Neg(8)); t(lambda: Neg(-1)._value_)
t(lambda: Neg.A | Neg.B | 4); t(lambda: 4 | Neg.A); t(lambda: Neg.A & 3); t(lambda: Neg.A ^ 1); t(lambda: Neg.A + Neg.B)
t(lambda: G._value2member_map_)
class Color(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
    WHITE = RED | GREEN | BLUE
t(lambda: (list(Color), Color.WHITE, ~Color.RED, Color.RED | Color.BLUE, str(Color.RED | Color.BLUE), bool(Color(0)), Color(0)))
t(lambda: [list(Color(i)) for i in range(8)])
t(lambda: (Color.RED in Color.WHITE, len(Color.WHITE), Color.WHITE & Color.RED, Color.WHITE ^ Color.RED))
t(lambda: enum.show_flag_values(13))
@enum.verify(enum.UNIQUE)
class V1(Enum):
    A = 1; B = 2
t(lambda: V1.A)
def make():
    @enum.verify(enum.UNIQUE)
    class V2(Enum):
        A = 1; B = 1; C = 2; D = 2
t(make)
def make():
    @enum.verify(enum.CONTINUOUS)
    class V3(Enum):
        A = 1; B = 4
t(make)
def make():
    @enum.verify(enum.CONTINUOUS)
    class V4(Flag):
        A = 1; B = 8
t(make)
def make():
    @enum.verify(enum.NAMED_FLAGS)
    class V5(Flag):
        A = 1; B = 2; C = 7; D = 24
t(make)
def make():
    @enum.verify(enum.NAMED_FLAGS)
    class V6(Flag):
        A = 1; B = 2; C = 5
t(make)
''')

scenario('''
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
t(lambda: (Shape.ALIAS_FOR_SQUARE, Shape(2), Shape['ALIAS_FOR_SQUARE'], list(Shape)))
t(lambda: [(name, member) for name, member in Shape.__members__.items()])
t(lambda: [name for name, member in Shape.__members__.items() if member.name != name])
class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
t(lambda: (Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY)))
class Ordinal(StrEnum):
    NORTH = auto()
    SOUTH = 'south'
t(lambda: (list(Ordinal), Ordinal.NORTH + '!', Ordinal('north')))
class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__:
            return self.value >= other.value
        return NotImplemented
class Grade(OrderedEnum):
    A = 5; B = 4
t(lambda: Grade.A >= Grade.B)
class Weekday(Flag):
    MONDAY = 1; TUESDAY = 2; WEDNESDAY = 4; THURSDAY = 8; FRIDAY = 16; SATURDAY = 32; SUNDAY = 64
    WEEKEND = SATURDAY | SUNDAY
t(lambda: (Weekday.WEEKEND, Weekday.MONDAY | Weekday.FRIDAY, list(Weekday.WEEKEND), Weekday(127), ~Weekday.WEEKEND))
class Num(IntEnum):
    ONE = 1; TWO = 2
t(lambda: (Num.ONE < Num.TWO, Num.ONE + Num.TWO, Num(2), sorted([Num.TWO, Num.ONE]), int(Num.TWO), '%d' % Num.TWO, '{:03}'.format(Num.TWO), Num.ONE == 1, hash(Num.ONE) == hash(1)))
t(lambda: [Num.TWO.real, Num.ONE.bit_length(), Num['ONE'], Num.ONE.name, Num.ONE.value])
A = Enum('A', 'x y', module=__name__)
t(lambda: pickle.loads(pickle.dumps(A.x)) is A.x)
B = Enum('B', 'x')
t(lambda: (B.__module__, B.x))
t(lambda: IntEnum('Big', [('A', 1 << 70)]).A)
t(lambda: Enum('Emp', []))
t(lambda: list(Enum('Emp', ())))
t(lambda: Enum(1))
class Empty(Enum): pass
t(lambda: (len(Empty), list(Empty), bool(Empty), Empty.__members__))
t(lambda: Empty(1))
t(lambda: list(enum.FlagBoundary)); t(lambda: list(enum.EnumCheck))
t(lambda: enum.Enum.__dict__.get('_member_names_'))
t(lambda: (Num.__members__['ONE'], type(Num.__members__)))
t(lambda: Num._value_repr_); t(lambda: Enum._value_repr_)
class Dflt(Enum):
    A = 1
t(lambda: (format(Dflt.A, ''), '{}'.format(Dflt.A), f'{Dflt.A!r}', f'{Dflt.A!s:^12}'))
import copy
t(lambda: (copy.copy(Dflt.A) is Dflt.A, copy.deepcopy([Dflt.A])[0] is Dflt.A))
@enum.global_enum
class GL(IntFlag):
    GA = 1; GB = 2
t(lambda: (repr(GL.GA), repr(GL.GA | GL.GB), str(GL.GA), repr(GL(0)), repr(GL(4)), GA))
@enum.global_enum
class GE(Enum):
    GX = 1
t(lambda: (repr(GE.GX), str(GE.GX), GX))
class Perm(IntFlag):
    R = 4; W = 2; X = 1
class Num(IntEnum):
    A = 10
class Txt(StrEnum):
    A = 'alpha'
class Pl(Enum):
    A = 1
t(lambda: (f"{Perm.R}", f"{Perm.R|Perm.W}", f"{Num.A:x}", f"{Num.A:>5}", f"{Txt.A:>8}", f"{Pl.A:>8}", str(Num.A), str(Txt.A), '%s %d' % (Num.A, Num.A)))
t(lambda: (Perm.R | Perm.W) in Perm); t(lambda: list(Perm)); t(lambda: Perm['R']); t(lambda: Perm(6).name); t(lambda: Perm(0).name); t(lambda: Perm(7).value)
t(lambda: [bool(Perm(0)), bool(Perm.R), int(Perm.R | Perm.X), Perm.R == 4, Perm.R < 5, sorted([Perm.W, Perm.R, Perm.X])])
t(lambda: Num(10) is Num.A); t(lambda: Num('10')); t(lambda: Txt('alpha')); t(lambda: Txt.A.upper()); t(lambda: Txt.A == 'alpha'); t(lambda: hash(Txt.A) == hash('alpha'))
import json
t(lambda: json.dumps({'p': Perm.R, 'n': Num.A, 't': Txt.A}))
t(lambda: Num.A.__class__.__mro__[1:3])
import types as _types
mod = _types.ModuleType('fakere'); sys.modules['fakere'] = mod
@enum.global_enum
@enum._simple_enum(enum.IntFlag, boundary=enum.KEEP)
class RegexFlag:
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    MULTILINE = M = 8
    __str__ = object.__str__
    _numeric_repr_ = hex
    __module__ = 'fakere'
t(lambda: (RegexFlag.I, RegexFlag.I | RegexFlag.M, RegexFlag(0), RegexFlag(2 | 1024), str(RegexFlag.A), list(RegexFlag), mod.IGNORECASE, mod.I))
t(lambda: (RegexFlag.__name__, RegexFlag.__qualname__, RegexFlag._boundary_, ~RegexFlag.I & RegexFlag.M))
@enum._simple_enum(enum.Enum)
class Simple:
    X = 1
    Y = 2
    def m(self): return self.value * 3
t(lambda: (list(Simple), Simple.Y.m(), Simple(1)))
''')


def _normalize(text, mod):
    text = text.replace(mod.__name__, 'enum')
    return re.sub(r'0x[0-9a-f]{6,}', '0xADDR', text)


def _output(mod, source, path):
    g = {'__name__': '__main__', 'enum': mod}
    out, err, exc = run_source(PRELUDE + source, g, filename=path)
    return (_normalize(out, mod), _normalize(err, mod).replace(path, 'FILE'), repr(exc))


def run(check, mine):
    for i, source in enumerate(SCENARIOS):
        path = write_temp(PRELUDE + source)
        ours = _output(mine, source, path)
        theirs = _output(real, source, path)
        for part, a, b in zip(('stdout', 'stderr', 'exc'), ours, theirs):
            if a != b and part == 'stdout':
                la, lb = a.splitlines(), b.splitlines()
                for n, (x, y) in enumerate(zip(la, lb)):
                    check.eq('scenario %d line %d' % (i, n + 1), x, y)
                check.eq('scenario %d line count' % i, len(la), len(lb))
            else:
                check.eq('scenario %d %s' % (i, part), a, b)
