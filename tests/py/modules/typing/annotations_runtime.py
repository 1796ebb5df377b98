# typing: runtime-visible behaviour and reprs.
import typing
from typing import Any, Callable, Dict, List, Optional, Tuple, Union, TypeVar, Generic, NamedTuple, TypedDict, Literal, Protocol, runtime_checkable, cast, get_type_hints, get_origin, get_args
print(Optional[int], Union[int, str], Union[int, None], List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int, str], bool], Literal["a", 1])
print(Any, typing.Union[int, int], Optional[Union[int, str]], int | str, list[int] | None)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(int | str))
T = TypeVar("T")
K = TypeVar("K", bound=str)
print(T, K, T.__name__, K.__bound__)
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
print(Box[int], Box(5).item, Box.__parameters__)
class Point(NamedTuple):
    x: int
    y: int = 0
print(Point(1), Point._fields, Point.__annotations__, Point(1, 2)._asdict())
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "Up"}
print(m, Movie.__required_keys__, sorted(Movie.__optional_keys__), type(m).__name__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class File:
    def close(self): pass
print(isinstance(File(), Closable), isinstance(1, Closable))
def f(a: int, b: "str" = "x", *args: float, **kw: Optional[int]) -> List[str]:
    return []
print(get_type_hints(f))
print(cast(int, "not really"), typing.TYPE_CHECKING, typing.NoReturn, typing.ClassVar[int], typing.Final[int])
def overloaded(x): return x
print(typing.get_overloads(overloaded) if hasattr(typing, "get_overloads") else [])
print(typing.Self, typing.LiteralString, typing.Never, typing.assert_type(5, int))
