import dataclasses as real
import re
import sys
import typing as real_typing

from util import run_source, write_temp

PRELUDE = '''
import sys, copy, pickle, collections
from typing import ClassVar, List, Optional
dataclass, field, fields, asdict, astuple, replace, is_dataclass = dc.dataclass, dc.field, dc.fields, dc.asdict, dc.astuple, dc.replace, dc.is_dataclass
InitVar, KW_ONLY, FrozenInstanceError, make_dataclass, MISSING = dc.InitVar, dc.KW_ONLY, dc.FrozenInstanceError, dc.make_dataclass, dc.MISSING
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
'''

SCENARIOS = []

SCENARIOS.append('''
@dataclass
class Point:
    x: int
    y: int = 0
t(lambda: (Point(1), Point(1, 2) == Point(1, 2), Point(1) == Point(2), Point(1) != (1, 0), Point.__doc__, Point.__match_args__))
t(lambda: Point()); t(lambda: Point(1, 2, 3)); t(lambda: Point(1, z=3)); t(lambda: Point(x=1, y=2))
t(lambda: hash(Point(1))); t(lambda: Point.__hash__); t(lambda: Point.__init__.__annotations__); t(lambda: Point.__init__.__qualname__); t(lambda: Point.__repr__.__qualname__)
t(lambda: fields(Point)); t(lambda: [f.name for f in fields(Point(1))]); t(lambda: fields(5)); t(lambda: (is_dataclass(Point), is_dataclass(Point(1)), is_dataclass(int)))
t(lambda: Point.__dataclass_params__); t(lambda: Point.__dataclass_fields__['y'])
@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)
t(lambda: (Ver(1) < Ver(1, 1), Ver(2) >= Ver(1, 9), Ver(1, 0, 'a') == Ver(1, 0, 'b'), sorted([Ver(2), Ver(1, 5), Ver(1)]), hash(Ver(1)) == hash((1, 0))))
def mutate(): Ver(1).major = 3
t(mutate)
def mutate2(): del Ver(1).major
t(mutate2)
def mutate3(): Ver(1).other = 3
t(mutate3)
t(lambda: Ver(1) < (1, 0)); t(lambda: Ver(1).__lt__((1,)))
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
t(lambda: (hash(H(1)) == hash((1,)), H(1), H(1).b is not H(1).b))
@dataclass(eq=False)
class NoEq:
    a: int
t(lambda: (NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__))
@dataclass
class WithHash:
    a: int
    def __hash__(self): return 7
t(lambda: hash(WithHash(1)))
def make():
    @dataclass(unsafe_hash=True)
    class Bad:
        a: int
        def __hash__(self): return 1
t(make)
def make():
    @dataclass(order=True)
    class Bad:
        a: int
        def __lt__(self, o): return True
t(make)
def make():
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
t(make)
def make():
    @dataclass
    class Bad:
        a: int = 0
        b: int
t(make)
def make():
    @dataclass
    class Bad:
        a: list = []
t(make)
def make():
    @dataclass
    class Bad:
        a = field(default=1)
t(make)
t(lambda: field(default=1, default_factory=list))
def make():
    @dataclass
    class Bad:
        a: ClassVar[int] = field(default_factory=list)
t(make)
def make():
    @dataclass
    class Bad:
        a: ClassVar[int] = field(default=1, kw_only=True)
t(make)
''')

SCENARIOS.append('''
@dataclass
class Base:
    x: int
    y: float = 1.0
@dataclass
class Derived(Base):
    z: int = 5
    x: int = 15
t(lambda: (Derived(), Derived(1, 2.0, 3), fields(Derived), Derived.__doc__))
@dataclass(frozen=True)
class FB:
    a: int
def make():
    @dataclass
    class NF(FB):
        b: int = 0
t(make)
def make():
    @dataclass(frozen=True)
    class F2(Base):
        b: int = 0
t(make)
@dataclass
class WithInit:
    a: int
    b: InitVar[int] = 10
    c: int = field(init=False)
    d: ClassVar[int] = 99
    def __post_init__(self, b):
        self.c = self.a + b
t(lambda: (WithInit(1), WithInit(1, 2), WithInit.d, [f.name for f in fields(WithInit)], WithInit.__dataclass_fields__['b']._field_type, WithInit.__doc__))
t(lambda: replace(WithInit(1, 2), a=5, b=1)); t(lambda: replace(WithInit(1, 2), a=5)); t(lambda: replace(WithInit(1), c=3)); t(lambda: replace(5))
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
t(lambda: (KW(1, c=2), KW.__match_args__, KW.__doc__)); t(lambda: KW(1, 2, 3))
@dataclass(kw_only=True)
class KW2:
    a: int
    b: int = field(default=0, kw_only=False)
t(lambda: (KW2(5, a=1), KW2.__doc__))
def make():
    @dataclass
    class Bad:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
t(make)
@dataclass
class Nested:
    p: Base
    items: list = field(default_factory=list)
    mapping: dict = field(default_factory=dict)
    tup: tuple = ()
n = Nested(Base(1), [Base(2), (3, Base(4))], {'k': Base(5)}, (Base(6),))
t(lambda: asdict(n)); t(lambda: astuple(n)); t(lambda: asdict(n, dict_factory=collections.OrderedDict)); t(lambda: astuple(n, tuple_factory=list)); t(lambda: asdict(Base)); t(lambda: astuple(3))
NT = collections.namedtuple('NT', 'a b')
t(lambda: asdict(Nested(NT(Base(1), 2))))
t(lambda: asdict(Nested(Base(1), [n])) == {'p': {'x': 1, 'y': 1.0}, 'items': [asdict(n)], 'mapping': {}, 'tup': ()})
@dataclass
class Rec:
    child: 'Rec' = None
r = Rec(); r.child = r
t(lambda: repr(r))
@dataclass(repr=False, init=False)
class Bare:
    a: int = 3
t(lambda: (Bare().a, Bare.__doc__, '__repr__' in Bare.__dict__, '__init__' in Bare.__dict__))
@dataclass
class Documented:
    """Has a doc."""
    a: int
t(lambda: Documented.__doc__)
@dataclass
class CustomInit:
    a: int
    def __init__(self, v, *rest, k=1, **kw): self.a = v
t(lambda: (CustomInit(3), CustomInit.__doc__))
@dataclass
class Strs:
    a: 'int'
    b: 'ClassVar[int]' = 3
    c: 'dc.InitVar[int]' = 4
    d: 'List[int]' = field(default_factory=list)
    e: Optional[List[int]] = None
    f: 'Optional[int]' = None
t(lambda: ([f.name for f in fields(Strs)], Strs.__doc__, Strs(1)))
@dataclass
class SelfField:
    self: int
t(lambda: (SelfField(3), SelfField.__init__.__code__.co_varnames[:2]))
''')

SCENARIOS.append('''
@dataclass(slots=True)
class Sl:
    a: int
    b: int = 2
t(lambda: (Sl(1), Sl.__slots__, hasattr(Sl(1), '__dict__'), Sl.__doc__))
def setx(): s = Sl(1); s.c = 3
t(setx)
@dataclass(slots=True, frozen=True)
class SlF:
    a: int
t(lambda: (SlF(1), pickle.loads(pickle.dumps(SlF(4))) if False else 0, SlF(1).__getstate__()))
@dataclass(slots=True, weakref_slot=True)
class SlW:
    a: int
t(lambda: SlW.__slots__)
t(lambda: dataclass(weakref_slot=True)(type('X', (), {'__annotations__': {'a': int}})))
@dataclass
class Dflt:
    a: int = field(default=1, repr=False)
    b: list = field(default_factory=lambda: [1], metadata={'m': 1})
t(lambda: (Dflt(), fields(Dflt)[1].metadata, fields(Dflt)[0].metadata, Dflt().b))
C = make_dataclass('C', ['a', ('b', int), ('c', list, field(default_factory=list))], namespace={'double': lambda self: self.b * 2})
t(lambda: (C(1, 2), C(1, 2).double(), C.__doc__, C.__module__, C.__qualname__))
t(lambda: make_dataclass('D', ['a', 'a'])); t(lambda: make_dataclass('D', ['class'])); t(lambda: make_dataclass('D', ['1a'])); t(lambda: make_dataclass('D', [('a', int, 1, 2)]))
C2 = make_dataclass('C2', [('x', int)], bases=(Dflt,), frozen=True) if False else None
t(lambda: MISSING.__class__.__name__)
t(lambda: InitVar[int]); t(lambda: InitVar[List[int]]); t(lambda: InitVar('x'))
t(lambda: dc.Field.__slots__); t(lambda: issubclass(FrozenInstanceError, AttributeError))
t(lambda: dc.field()); t(lambda: dc.KW_ONLY.__class__.__name__)
@dataclass
class Desc:
    class D:
        def __set_name__(self, owner, name): print('set_name', owner.__name__, name)
        def __get__(self, obj, owner): return 42
    d: int = field(default=D())
t(lambda: Desc().d)
@dataclass
class Eq:
    a: float
nan = float('nan')
t(lambda: (Eq(nan) == Eq(nan), Eq(1.0) == Eq(1)))
@dataclass
class Gen:
    a: 'int' = 1
    def method(self): return self.a
t(lambda: (Gen().method(), dc.is_dataclass(Gen), copy.deepcopy(Gen(5))))
@dataclass
class Defaults:
    a: int = 1
    b: str = 'x'
    c: tuple = (1,)
    d: object = None
t(lambda: (Defaults.__doc__, Defaults.a, Defaults()))
class Plain:
    a: int = 1
@dataclass
class FromPlain(Plain):
    b: int = 2
t(lambda: (FromPlain(), fields(FromPlain)))
@dataclass(match_args=False)
class NoMatch:
    a: int
t(lambda: hasattr(NoMatch, '__match_args__'))
@dataclass
class PostOnly:
    a: int
    def __post_init__(self): print('post', self.a)
t(lambda: PostOnly(3))
@dataclass
class WithDefaultFactoryNoInit:
    a: list = field(default_factory=list, init=False)
    b: int = field(default=5, init=False)
t(lambda: (WithDefaultFactoryNoInit(), WithDefaultFactoryNoInit.__doc__))
@dataclass
class WithNew:
    a: int
    def __new__(cls, *args, extra=1, **kw): return super().__new__(cls)
t(lambda: (WithNew(1), WithNew.__doc__))
@dataclass
class PosOnly:
    a: int
    def __init__(self, x, /, y: 'int' = 2, *, z): self.a = x
t(lambda: PosOnly.__doc__)
@dataclass
class RetAnn:
    a: int
    def __init__(self, x) -> 'RetAnn': self.a = x
t(lambda: RetAnn.__doc__)
''')


def _normalize(text, mod):
    text = text.replace(mod.__name__, 'dataclasses')
    return re.sub(r'0x[0-9a-f]{6,}', '0xADDR', text)


def _output(mod, typing_mod, source, path):
    g = {'__name__': '__main__', 'dc': mod}
    saved = sys.modules.get('typing')
    sys.modules['typing'] = typing_mod
    try:
        out, err, exc = run_source(PRELUDE + source, g, filename=path)
    finally:
        sys.modules['typing'] = saved
    return (_normalize(out, mod), _normalize(err, mod).replace(path, 'FILE'), repr(exc))


def run(check, mine):
    # Our dataclasses recognises ClassVar through sys.modules['gilt_typing']
    # (the harness rewrites that lookup); make our typing the one imported.
    from run import load
    mine_typing = load('typing')
    for i, source in enumerate(SCENARIOS):
        path = write_temp(PRELUDE + source)
        ours = _output(mine, mine_typing, source, path)
        theirs = _output(real, real_typing, source, path)
        for part, a, b in zip(('stdout', 'stderr', 'exc'), ours, theirs):
            if a != b and part == 'stdout':
                la, lb = a.splitlines(), b.splitlines()
                for n, (x, y) in enumerate(zip(la, lb)):
                    check.eq('scenario %d line %d' % (i, n + 1), x, y)
                check.eq('scenario %d line count' % i, len(la), len(lb))
            else:
                check.eq('scenario %d %s' % (i, part), a, b)
