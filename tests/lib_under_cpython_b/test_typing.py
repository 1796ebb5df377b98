import re
import typing as real

from util import run_source, write_temp

PRELUDE = '''
import sys, collections, pickle, copy
for _n in typing.__all__:
    globals()[_n] = getattr(typing, _n)
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
T = TypeVar('T'); S = TypeVar('S', int, str); B = TypeVar('B', bound=int, covariant=True); C = TypeVar('C', contravariant=True)
'''

SCENARIOS = []

SCENARIOS.append('''
t(lambda: Generic()); t(lambda: List()); t(lambda: List[int]()); t(lambda: Deque[int]()); t(lambda: Callable[int]); t(lambda: Callable[int, str]); t(lambda: Callable[[int], str, int])
t(lambda: Dict[int]); t(lambda: List[int, str]); t(lambda: Tuple[int, ...]); t(lambda: Tuple[()]); t(lambda: Tuple[int, str].__args__); t(lambda: Tuple[...]); t(lambda: Tuple[int, ..., str])
t(lambda: Union[int, str, None]); t(lambda: Optional[Union[int, str]]); t(lambda: Union[int]); t(lambda: Union[()]); t(lambda: Union[int, list[int], List[str]]); t(lambda: Union[int, Union[str, bytes]])
t(lambda: Union[int, str] == Union[str, int]); t(lambda: Union[int, str] == int | str); t(lambda: Optional[int] | str); t(lambda: isinstance(1, Union[int, str])); t(lambda: isinstance(1, List[int])); t(lambda: isinstance([], List))
t(lambda: Literal[1, 'a', None]); t(lambda: Literal[1, 1, True]); t(lambda: Literal[Literal[1, 2], 3]); t(lambda: Annotated[int, 'x', 5]); t(lambda: Annotated[Annotated[int, 1], 2]); t(lambda: Annotated[int])
t(lambda: Literal[1, 2] == Literal[2, 1]); t(lambda: Literal[True] == Literal[1]); t(lambda: Literal[1] is Literal[1])
t(lambda: ClassVar[int]); t(lambda: Final[int]); t(lambda: ClassVar); t(lambda: ClassVar[int, str]); t(lambda: List[ClassVar[int]]); t(lambda: Optional[int, str])
t(lambda: (T, S, B, C, S.__constraints__, B.__bound__, T.__module__, T.__name__, T.__covariant__, B.__covariant__)); t(lambda: TypeVar('X', int)); t(lambda: TypeVar('X', int, bound=str)); t(lambda: TypeVar('X', covariant=True, contravariant=True))
t(lambda: List[T]); t(lambda: List[T][int]); t(lambda: Dict[str, T][int]); t(lambda: Dict[T, List[T]][int]); t(lambda: List[int][str]); t(lambda: Dict[T, S][int]); t(lambda: List[T].__parameters__); t(lambda: Callable[[T], S][int, str]); t(lambda: Callable[..., T][int])
t(lambda: Dict[T, S].__parameters__); t(lambda: Union[T, int][str]); t(lambda: Optional[T][int]); t(lambda: Tuple[T, ...][int]); t(lambda: list[T][int]); t(lambda: List[list[T]][int])
class Foo(Generic[T]): pass
t(lambda: (Foo[int], Foo.__parameters__, Foo[int]().__orig_class__, Foo[int].__origin__)); t(lambda: Foo[int, str]); t(lambda: Generic[int]); t(lambda: Generic[T, T]); t(lambda: Generic[()])
class Bar(Foo[int]): pass
t(lambda: (Bar.__parameters__, Bar.__orig_bases__, Bar.__mro__))
def make():
    class Baz(Foo[T], Generic[S]): pass
t(make)
def make():
    class Baz(Generic): pass
t(make)
class Two(Dict[T, S]): pass
t(lambda: (Two.__parameters__, Two.__mro__, Two[int, str]))
class Three(Foo[T], Generic[T, S]): pass
t(lambda: (Three.__parameters__, Three[int, str], Three[int, str].__args__))
t(lambda: Callable[[int, str], bool]); t(lambda: Callable[..., int]); t(lambda: Callable[[], int]); t(lambda: Callable[[int], int].__args__); t(lambda: get_args(Callable[[int], str])); t(lambda: get_origin(Callable[[int], str]))
t(lambda: (List, Dict, typing.Sequence, typing.Iterable[int], typing.Type[int], typing.Type, typing.DefaultDict[str, int], typing.Counter[str], typing.Generator[int, None, None], typing.FrozenSet[int], typing.AbstractSet[int], typing.ByteString, typing.Hashable, typing.Sized))
t(lambda: (get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(Annotated[int, 1]), get_args(Annotated[int, 1]), get_origin(list[int]), get_origin(int | str), get_origin(Generic), get_origin(int), get_args(int), get_origin(Literal[1]), get_origin(ClassVar[int])))
t(lambda: (Any, repr(NoReturn), Never, Self, LiteralString, TypeAlias, Optional, Union, Literal, Final, Concatenate, TypeGuard, Required, NotRequired))
t(lambda: isinstance(1, Any)); t(lambda: Any()); t(lambda: Union()); t(lambda: isinstance(1, Union)); t(lambda: Self[int]); t(lambda: issubclass(int, ClassVar))
class MyAny(Any): pass
t(lambda: MyAny.__mro__); t(lambda: isinstance(MyAny(), MyAny))
UserId = NewType('UserId', int)
t(lambda: (UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId | None))
def sub():
    class X(UserId): pass
t(sub)
t(lambda: cast(int, 'x')); t(lambda: cast('int', 3)); t(lambda: TYPE_CHECKING)
t(lambda: assert_never(5)); t(lambda: assert_never('x' * 200))
t(lambda: (typing.ForwardRef('X'), typing.ForwardRef('X') == typing.ForwardRef('X'), List['X'], Dict['str', 'int']))
t(lambda: typing.ForwardRef(1)); t(lambda: typing.ForwardRef('1 +'))
P = ParamSpec('P')
t(lambda: (P, P.args, P.kwargs, Callable[P, int], Concatenate[int, P], Callable[Concatenate[int, P], int]))
t(lambda: Callable[P, T][[int, str], bool]); t(lambda: Callable[P, T][..., bool])
t(lambda: (List[int] == List[int], hash(List[int]) == hash(List[int]), List[int] is List[int], List[int] == list[int], Dict[str, int] != Dict[int, str]))
t(lambda: typing.Text); t(lambda: typing.AnyStr); t(lambda: sorted(typing.__all__))
t(lambda: List[int].__origin__); t(lambda: List[int]._name); t(lambda: List.__origin__); t(lambda: List[1]); t(lambda: List[(int, str)])
t(lambda: issubclass(list, typing.Iterable)); t(lambda: issubclass(list, List)); t(lambda: issubclass(list, List[int])); t(lambda: isinstance({}, typing.Mapping))
t(lambda: typing.Hashable[int]); t(lambda: List[int].append); t(lambda: Optional[int].__args__)
t(lambda: type(List[int]).__name__); t(lambda: type(List).__name__); t(lambda: type(Union[int, str]).__name__); t(lambda: type(Optional).__name__)
t(lambda: (Union[int, str] | None, int | List[str], List[int] | None, None | List[int]))
t(lambda: (T | int, int | T, UserId | T))
t(lambda: copy.deepcopy(T) is T); t(lambda: List[int].__reduce__()[1][1]); t(lambda: Union[int, str].__reduce__()[1][1])
t(lambda: (Union, Optional).__class__)
''')

SCENARIOS.append('''
class Proto(Protocol):
    def meth(self) -> int: ...
@runtime_checkable
class RProto(Protocol):
    def meth(self) -> int: ...
@runtime_checkable
class AttrProto(Protocol):
    x: int
class Impl:
    def meth(self): return 1
class NoImpl: pass
class WithX:
    def __init__(self): self.x = 1
t(lambda: isinstance(Impl(), Proto)); t(lambda: isinstance(Impl(), RProto)); t(lambda: isinstance(NoImpl(), RProto)); t(lambda: issubclass(Impl, RProto)); t(lambda: issubclass(NoImpl, RProto))
t(lambda: isinstance(WithX(), AttrProto)); t(lambda: isinstance(Impl(), AttrProto)); t(lambda: issubclass(WithX, AttrProto))
t(lambda: Proto()); t(lambda: RProto())
class Concrete(RProto):
    def __init__(self, v): self.v = v
t(lambda: Concrete(3).v); t(lambda: isinstance(Concrete(1), RProto))
class Concrete2(RProto): pass
t(lambda: type(Concrete2()).__name__)
def make():
    class BadP(Protocol, int): pass
t(make)
t(lambda: runtime_checkable(Impl))
class GP(Protocol[T]):
    def get(self) -> T: ...
t(lambda: (GP[int], GP.__parameters__))
t(lambda: isinstance(3, typing.SupportsInt)); t(lambda: isinstance('x', typing.SupportsInt)); t(lambda: issubclass(float, typing.SupportsRound)); t(lambda: isinstance(3, typing.SupportsIndex)); t(lambda: typing.SupportsAbs[int])
t(lambda: Proto._is_protocol); t(lambda: Concrete._is_protocol); t(lambda: RProto._is_runtime_protocol)
t(lambda: isinstance(Impl(), typing.Sized)); t(lambda: isinstance([], typing.Sized))

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
t(lambda: (Point(1), Point(1, 2).norm(), Point._fields, Point._field_defaults, Point.__annotations__, Point.__mro__, Point(3)._replace(y=5)))
t(lambda: isinstance(Point(1), tuple)); t(lambda: Point.__doc__)
def make():
    class Bad(NamedTuple):
        x: int = 0
        y: int
t(make)
def make():
    class Bad(NamedTuple):
        x: int
        def _asdict(self): pass
t(make)
def make():
    class Bad(NamedTuple, int): pass
t(make)
P2 = NamedTuple('P2', [('a', int), ('b', str)])
t(lambda: (P2(1, 'x'), P2.__annotations__, P2.__module__))
P3 = NamedTuple('P3', a=int)
t(lambda: P3(5)); t(lambda: NamedTuple('P4', [('a', int)], b=str))
class GNT(NamedTuple, Generic[T]):
    val: T
t(lambda: (GNT(1), GNT[int], GNT.__parameters__, GNT.__mro__))

class Movie(TypedDict):
    name: str
    year: int
class PartialMovie(TypedDict, total=False):
    name: str
    rating: Required[float]
class Sub(Movie):
    extra: NotRequired[bool]
t(lambda: (Movie(name='x', year=1), type(Movie(name='x', year=1)), Movie.__annotations__, Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__))
t(lambda: (sorted(PartialMovie.__required_keys__), sorted(PartialMovie.__optional_keys__), PartialMovie.__total__))
t(lambda: (sorted(Sub.__required_keys__), sorted(Sub.__optional_keys__), Sub.__annotations__, Sub.__mro__))
t(lambda: isinstance({}, Movie)); t(lambda: is_typeddict(Movie)); t(lambda: is_typeddict(dict))
M2 = TypedDict('M2', {'a': int, 'b': 'str'}, total=False)
t(lambda: (M2.__annotations__, M2.__total__, M2.__module__, M2(a=1)))
def make():
    class Bad(TypedDict, int): pass
t(make)
class GTD(TypedDict, Generic[T]):
    v: T
t(lambda: (GTD.__mro__, GTD.__parameters__))
''')

SCENARIOS.append('''
class Node:
    val: int
    next: 'Node'
    children: List['Node']
    maybe: Optional['Node'] = None
    ann: Annotated[int, 'meta']
    cv: ClassVar[int] = 3
t(lambda: get_type_hints(Node)); t(lambda: get_type_hints(Node, include_extras=True))
def f(a: int, b: 'str' = None, *args: 'List[int]', c: Annotated['int', 1], **kw: float) -> 'Node': pass
t(lambda: get_type_hints(f)); t(lambda: get_type_hints(f, include_extras=True))
class Child(Node):
    extra: 'Dict[str, Node]'
t(lambda: get_type_hints(Child))
t(lambda: get_type_hints(len)); t(lambda: get_type_hints(5)); t(lambda: get_type_hints(sys))
def g(x: 'Undefined'): pass
t(lambda: get_type_hints(g))
def h(x: list['int'], y: 'int | None', z: 'tuple[int, ...]'): pass
t(lambda: get_type_hints(h))
@no_type_check
def nt(x: 'garbage!!'): pass
t(lambda: (get_type_hints(nt), nt.__no_type_check__))
@no_type_check
class NTC:
    def m(self, x: 'bad'): pass
t(lambda: (NTC.__no_type_check__, NTC.m.__no_type_check__, get_type_hints(NTC.m)))
@overload
def ov(x: int) -> int: ...
@overload
def ov(x: str) -> str: ...
def ov(x): return x
t(lambda: (ov(3), len(get_overloads(ov)), [o.__annotations__ for o in get_overloads(ov)]))
@overload
def ov2(x: int) -> int: ...
t(lambda: ov2(1))
clear_overloads()
t(lambda: get_overloads(ov))
@final
class Fin: pass
t(lambda: Fin.__final__)
@dataclass_transform(kw_only_default=True)
def dt(cls): return cls
t(lambda: dt.__dataclass_transform__)
t(lambda: assert_type(5, int))
import io
old = sys.stderr; sys.stderr = io.StringIO()
r = reveal_type([1]); out = sys.stderr.getvalue(); sys.stderr = old
t(lambda: (r, out))
t(lambda: get_args(Callable[..., int])); t(lambda: get_args(Callable[[], int])); t(lambda: get_args(Tuple[()])); t(lambda: get_args(Literal['a', 'b'])); t(lambda: get_args(Union[int, Union[str, bytes]]))
t(lambda: get_args(Annotated[Optional[int], 'x'])); t(lambda: get_args(int | str)); t(lambda: get_args(list[int])); t(lambda: get_args(Callable[P, int]) if False else 0)
t(lambda: typing.IO[str]); t(lambda: typing.TextIO.__mro__); t(lambda: typing.BinaryIO.__parameters__)
t(lambda: typing.Pattern[str]); t(lambda: typing.ContextManager[int])
Ts = TypeVarTuple('Ts')
t(lambda: (Ts, Unpack[Ts]))
t(lambda: typing.Coroutine[int, str, float]); t(lambda: typing.Awaitable[int])
t(lambda: List[int].__parameters__); t(lambda: Tuple[T, S].__parameters__)
t(lambda: NoReturn.__name__); t(lambda: Union.__doc__ is not None)
t(lambda: Generic.__class_getitem__); t(lambda: Annotated[int, 1].__metadata__)
t(lambda: Annotated[int, 1] == Annotated[int, 1]); t(lambda: Annotated[int, 1] == Annotated[int, 2]); t(lambda: hash(Annotated[int, 1]) == hash(Annotated[int, 1]))
t(lambda: Annotated()); t(lambda: Annotated[ClassVar[int], 1])
class WithSlots(Generic[T]):
    __slots__ = ('a',)
t(lambda: WithSlots[int]().__class__)
''')


def _normalize(text, mod):
    text = text.replace('gilt__typing_base', 'typing').replace(mod.__name__, 'typing')
    text = re.sub(r'0x[0-9a-f]{6,}', '0xADDR', text)
    return text


def _output(mod, source, path):
    g = {'__name__': '__main__', 'typing': mod}
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
