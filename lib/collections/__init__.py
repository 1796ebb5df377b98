"""Container datatypes, written for gilt.

namedtuple, deque, ChainMap, Counter, OrderedDict, defaultdict, UserDict,
UserList and UserString; the ABCs are in collections.abc.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

import sys as _sys
from keyword import iskeyword as _iskeyword
from operator import eq as _eq
from reprlib import recursive_repr as _recursive_repr

from . import abc  # noqa: F401  (collections.abc is an attribute)
from .abc import MutableMapping as _MutableMapping
from .abc import Mapping as _Mapping
from .abc import MutableSequence as _MutableSequence
from .abc import KeysView as _KeysView
from .abc import ValuesView as _ValuesView
from .abc import ItemsView as _ItemsView
from _collections import deque

_MutableSequence.register(deque)


# namedtuple -------------------------------------------------------------------

class _tuplegetter:
    """Read-only attribute of a namedtuple: item `index` of the tuple."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __reduce__(self):
        return (type(self), (self._index, self.__doc__))


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Return a new tuple subclass named typename, whose items can also be
    read as attributes named by field_names (a sequence of strings, or one
    string with the names separated by whitespace and/or commas).

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        # Replace invalid or duplicate names by _<position>.
        seen = set()
        for position, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[position] = f'_{position}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        # Defaults apply to the rightmost fields.
        first = len(field_names) - len(defaults)
        field_defaults = dict(zip(field_names[first:], defaults))

    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'

    # __new__ is compiled so that it has the fields as named parameters
    # (keyword arguments, defaults and arity errors then work as usual).
    namespace = {'_tuple_new': tuple.__new__, '__builtins__': {},
                 '__name__': f'namedtuple_{typename}'}
    source = (f'def __new__(_cls, {arg_list}):\n'
              f'    return _tuple_new(_cls, ({arg_list}))\n')
    exec(source, namespace)
    __new__ = namespace['__new__']
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    tuple_new = tuple.__new__

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, '
                            f'got {len(result)}')
        return result

    _make.__func__.__doc__ = (f'Make a new {typename} object from a '
                              'sequence or iterable')

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = (f'Return a new {typename} object replacing '
                        'specified fields with new values')

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict,
                   __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for position, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(
            position, f'Alias for field number {position}')

    result = type(typename, (tuple,), class_namespace)

    # The class belongs to the caller's module (for pickling and reprs).
    if module is None:
        module = _caller_module_name()
    if module is not None:
        result.__module__ = module
    return result


def _caller_module_name():
    """__name__ of the module that called our caller, or None if the
    runtime cannot tell (no sys._getframe and no frame objects)."""
    try:
        frame = _sys._getframe(2)
    except (AttributeError, ValueError):
        try:
            raise RuntimeError
        except RuntimeError as exc:
            frame = exc.__traceback__.tb_frame
        try:
            frame = frame.f_back.f_back
        except AttributeError:
            return None
    try:
        return frame.f_globals.get('__name__', '__main__')
    except AttributeError:
        return None


# OrderedDict ------------------------------------------------------------------

class _OrderedDictKeysView(_KeysView):

    __slots__ = ()

    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __repr__(self):
        return f'odict_keys({list(self)!r})'


class _OrderedDictValuesView(_ValuesView):

    __slots__ = ()

    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(dict.values(self._mapping))

    def __repr__(self):
        return f'odict_values({list(self)!r})'


class _OrderedDictItemsView(_ItemsView):

    __slots__ = ()

    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    def __repr__(self):
        return f'odict_items({list(self)!r})'


for _view, _name in ((_OrderedDictKeysView, 'odict_keys'),
                     (_OrderedDictValuesView, 'odict_values'),
                     (_OrderedDictItemsView, 'odict_items')):
    _view.__name__ = _view.__qualname__ = _name
    _view.__module__ = 'builtins'
del _view, _name


class OrderedDict(dict):
    """Dictionary that remembers insertion order, with order-aware
    equality, move_to_end() and popitem(last=False).

    gilt's dicts keep insertion order already, so the order lives in the
    dict itself; moving a key to the front rebuilds it."""

    # Instances keep a __dict__ (they take attributes, as in CPython); the
    # slot is bookkeeping for popitem(last=False).
    __slots__ = ('__dict__', '_front_pops')

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    update = _MutableMapping.update

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if
        last=False); KeyError if the element does not exist."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, rest)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair: the last one inserted if
        last is true, else the first one."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        # Each removal at the front leaves a hole that later iterations
        # from the front step over; squeeze the holes out now and then
        # (after about 3 * sqrt(len) removals) so FIFO use stays cheap.
        pops = getattr(self, '_front_pops', 0) + 1
        if pops * pops > 8 * len(self) + 64:
            compact = dict(self)
            dict.clear(self)
            dict.update(self, compact)
            pops = 0
        self._front_pops = pops
        return key, value

    def keys(self):
        """A set-like view of the keys, in order."""
        return _OrderedDictKeysView(self)

    def values(self):
        """A view of the values, in order."""
        return _OrderedDictValuesView(self)

    def items(self):
        """A set-like view of the (key, value) pairs, in order."""
        return _OrderedDictItemsView(self)

    def __eq__(self, other):
        """Order-sensitive between OrderedDicts, like a dict otherwise."""
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        return f'{self.__class__.__name__}({list(dict.items(self))!r})'

    def __reduce__(self):
        state = dict(vars(self)) if hasattr(self, '__dict__') else None
        return (self.__class__, (), state or None, None,
                iter(dict.items(self)))

    def copy(self):
        """A shallow copy, of the same class."""
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new ordered dictionary mapping each key of iterable to
        value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def setdefault(self, key, default=None):
        """The value for key; if absent, first set it to default."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# defaultdict --------------------------------------------------------------------

_factory_repr_running = set()


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default
    factory

    A missing key gets the value default_factory() inserted (KeyError if
    the factory is None)."""

    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        key = id(factory)
        if factory is None:
            factory_repr = 'None'
        elif key in _factory_repr_running:
            factory_repr = '...'
        else:
            _factory_repr_running.add(key)
            try:
                factory_repr = repr(factory)
            finally:
                _factory_repr_running.discard(key)
        return f'{type(self).__name__}({factory_repr}, {dict.__repr__(self)})'

    def copy(self):
        """A shallow copy with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return (type(self), args, None, None, iter(dict.items(self)))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


defaultdict.__module__ = 'collections'


# ChainMap -----------------------------------------------------------------------

class ChainMap(_MutableMapping):
    """A ChainMap groups multiple dicts (or other mappings) together to
    create a single, updateable view.

    Lookups search the mappings in order; writes, updates and deletions
    only touch the first one."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order a dict updated from the last map to the first
        # would have them.
        keys = {}
        for mapping in reversed(self.maps):
            keys.update(dict.fromkeys(mapping))
        return iter(keys)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one dict mapping each key of iterable to the
        value given (or None)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A ChainMap of the same class: a copy of the first mapping,
        the others shared."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps.  If
        no map is provided, an empty dict is used; keyword arguments
        update the new map."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of all mappings but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove some (key, value) pair from the first mapping and
        return it (KeyError if that mapping is empty)."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove key from the first mapping and return its value
        (KeyError if it is not there and no default is given)."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empty the first mapping; the others stay as they are."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


from ._counter import Counter  # noqa: E402
from ._user import UserDict, UserList, UserString  # noqa: E402
