"""The one-method ABCs of collections.abc (Hashable, Iterable, Sized,
Callable, ...), written for gilt.

Each recognises any class that defines its method(s), without
registration.  collections/abc.py builds the container ABCs on these and
is the public face: the classes here say they live in collections.abc.
"""

from abc import ABCMeta, abstractmethod
from types import GenericAlias


def _check_methods(C, *methods):
    """True if every method is defined somewhere in C's MRO and not set to
    None there; NotImplemented otherwise (so ABC checks carry on)."""
    mro = C.__mro__
    for method in methods:
        for klass in mro:
            if method in klass.__dict__:
                if klass.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type(_check_methods)):
        return obj.__name__
    return repr(obj)


# One-trick ponies ---------------------------------------------------------------

class Hashable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, "__hash__")
        return NotImplemented


class Awaitable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _check_methods(C, "__await__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Coroutine(Awaitable):

    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume the coroutine with value; it yields again or raises
        StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Resume the coroutine by raising an exception inside it."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Stop the coroutine by raising GeneratorExit inside it."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _check_methods(C, "__aiter__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterator(AsyncIterable):

    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """The next item; StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, "__anext__", "__aiter__")
        return NotImplemented


class AsyncGenerator(AsyncIterator):

    __slots__ = ()

    async def __anext__(self):
        """The next item: asend(None)."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Resume the asynchronous generator with value."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Resume the asynchronous generator by raising an exception
        inside it."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    async def aclose(self):
        """Stop the asynchronous generator by raising GeneratorExit
        inside it."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, '__aiter__', '__anext__',
                                  'asend', 'athrow', 'aclose')
        return NotImplemented


class Iterable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, "__iter__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Iterator(Iterable):

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """The next item; StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, '__iter__', '__next__')
        return NotImplemented


class Reversible(Iterable):

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):

    __slots__ = ()

    def __next__(self):
        """The next item: send(None)."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume the generator with value; it yields again or raises
        StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Resume the generator by raising an exception inside it."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Stop the generator by raising GeneratorExit inside it."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, '__iter__', '__next__',
                                  'send', 'throw', 'close')
        return NotImplemented


class Sized(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, "__len__")
        return NotImplemented


class Container(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, "__contains__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Collection(Sized, Iterable, Container):

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


def _is_param_expr(obj):
    """Whether obj may stand for Callable's whole parameter list: an
    Ellipsis, a ParamSpec or a Concatenate."""
    if obj is Ellipsis:
        return True
    if isinstance(obj, list):
        return True
    obj = type(obj)
    return (obj.__module__ == 'typing'
            and obj.__name__ in ('ParamSpec', '_ConcatenateGenericAlias'))


def _callable_alias(origin, args):
    """Callable[[A, B], R] keeps __args__ == (A, B, R)."""
    if not (isinstance(args, tuple) and len(args) == 2):
        raise TypeError("Callable must be used as "
                        "Callable[[arg, ...], result].")
    params, result = args
    if isinstance(params, (tuple, list)):
        args = (*params, result)
    elif not _is_param_expr(params):
        raise TypeError(f"Expected a list of types, an ellipsis, "
                        f"ParamSpec, or Concatenate. Got {params}")
    return _CallableGenericAlias(origin, args)


try:
    class _CallableGenericAlias(GenericAlias):
        """GenericAlias for Callable, showing its parameters as a list."""

        __slots__ = ()
        __module__ = 'collections.abc'

        def __repr__(self):
            args = self.__args__
            if len(args) == 2 and _is_param_expr(args[0]):
                return super().__repr__()
            params = ', '.join(_type_repr(a) for a in args[:-1])
            return (f'collections.abc.Callable'
                    f'[[{params}], {_type_repr(args[-1])}]')

        def __reduce__(self):
            args = self.__args__
            if not (len(args) == 2 and _is_param_expr(args[0])):
                args = list(args[:-1]), args[-1]
            return _callable_alias, (Callable, args)
except TypeError:
    # The runtime's GenericAlias cannot be subclassed: plain aliases.
    _CallableGenericAlias = GenericAlias


class Callable(metaclass=ABCMeta):

    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, "__call__")
        return NotImplemented

    @classmethod
    def __class_getitem__(cls, item):
        return _callable_alias(cls, item)


for _cls in (Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
             AsyncGenerator, Iterable, Iterator, Reversible, Generator, Sized,
             Container, Collection, Callable):
    _cls.__module__ = 'collections.abc'
del _cls
