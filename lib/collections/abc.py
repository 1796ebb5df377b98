"""Abstract Base Classes for containers, written for gilt.

The one-method ABCs (Hashable, Iterable, Sized, ...) live in _abc_base and
recognise any class that defines their method; the container ABCs here
(Sequence, Mapping, Set, ...) need explicit registration, and the built-in
types are registered at the end.  Mixin methods are written in terms of
the abstract ones.
"""

from abc import abstractmethod

from ._abc_base import (
    Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator,
    Hashable, Iterable, Iterator, Generator, Reversible, Sized, Container,
    Callable, Collection, GenericAlias, _check_methods)  # noqa: F401

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]

# Flags read by the match statement: a class inheriting Sequence or
# Mapping is matched as one.
_SEQUENCE_FLAG = 1 << 5
_MAPPING_FLAG = 1 << 6


# Sets ---------------------------------------------------------------------------

class Set(Collection):
    """A finite, iterable container with set comparisons and operators.

    Concrete subclasses define __contains__, __iter__ and __len__; results
    of operators are built with _from_iterable (cls(iterable) by
    default)."""

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """Return True if the two sets have no element in common."""
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self
                                   if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other
                                   if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash equal to that of a frozenset with the same elements (for
        subclasses that want to be hashable: __hash__ = Set._hash)."""
        return hash(frozenset(self))


class MutableSet(Set):
    """A mutable set; concrete subclasses also define add and discard."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put value in the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take value out of the set, if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Take value out of the set; KeyError if it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Take some element out and return it (KeyError when empty)."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Empty the set."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


# Mappings -------------------------------------------------------------------------

class Mapping(Collection):
    """A read-only mapping; concrete subclasses define __getitem__,
    __iter__ and __len__."""

    __slots__ = ()
    __abc_tpflags__ = _MAPPING_FLAG

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """The value for key, or default if key is absent."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{self.__class__.__name__}({self._mapping!r})'

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


class ValuesView(MappingView, Collection):

    __slots__ = ()

    def __contains__(self, value):
        mapping = self._mapping
        for key in mapping:
            v = mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_marker = object()


class MutableMapping(Mapping):
    """A mapping that can change; concrete subclasses also define
    __setitem__ and __delitem__."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_marker):
        """Remove key and return its value; if it is absent, return
        default when given, else raise KeyError."""
        try:
            value = self[key]
        except KeyError:
            if default is _marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove some (key, value) pair and return it (KeyError when
        empty)."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """Set items from other (a mapping, an object with keys(), or
        an iterable of pairs), then from the keyword arguments."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """The value for key; if absent, first set it to default."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# Sequences ----------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """A read-only sequence; concrete subclasses define __getitem__ and
    __len__."""

    __slots__ = ()
    __abc_tpflags__ = _SEQUENCE_FLAG

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """Position of the first occurrence of value (within
        start:stop); ValueError if there is none."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """How many items are (or equal) value."""
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    """Common base of bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A sequence that can change; concrete subclasses also define
    __setitem__, __delitem__ and insert."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Put value in front of the item at index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        """Reverse the items in place."""
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        """Add the items of values at the end."""
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """Remove the item at index (the last by default) and return
        it; IndexError if there is none."""
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        """Remove the first occurrence of value; ValueError if there
        is none."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# The built-in types ---------------------------------------------------------------

def _register(abc, *samples):
    # Types found as type(sample); a failing sample is skipped.
    for make in samples:
        try:
            cls = make()
        except Exception:
            continue
        abc.register(cls)


def _coroutine_type():
    async def sample():
        pass
    coro = sample()
    coro.close()
    return type(coro)


def _async_generator_type():
    async def sample():
        yield
    return type(sample())


def _generator_type():
    def sample():
        yield
    return type(sample())


_register(Coroutine, _coroutine_type)
_register(AsyncGenerator, _async_generator_type)
_register(Generator, _generator_type)
_register(Iterator,
          lambda: type(iter(b'')), lambda: type(iter(bytearray())),
          lambda: type(iter({}.keys())), lambda: type(iter({}.values())),
          lambda: type(iter({}.items())), lambda: type(iter([])),
          lambda: type(iter(reversed([]))), lambda: type(iter(range(0))),
          lambda: type(iter(range(1 << 1000))), lambda: type(iter(set())),
          lambda: type(iter('')), lambda: type(iter(())),
          lambda: type(zip()), lambda: type(map(len, ())),
          lambda: type(filter(None, ())))
_register(Reversible, lambda: dict, lambda: type({}.keys()),
          lambda: type({}.values()), lambda: type({}.items()))
_register(Set, lambda: frozenset)
_register(MutableSet, lambda: set)
_register(Mapping, lambda: type(type.__dict__))
_register(MutableMapping, lambda: dict)
_register(KeysView, lambda: type({}.keys()))
_register(ValuesView, lambda: type({}.values()))
_register(ItemsView, lambda: type({}.items()))
_register(Sequence, lambda: tuple, lambda: str, lambda: range,
          lambda: memoryview)
_register(ByteString, lambda: bytes, lambda: bytearray)
_register(MutableSequence, lambda: list, lambda: bytearray)

del _register, _coroutine_type, _async_generator_type, _generator_type
