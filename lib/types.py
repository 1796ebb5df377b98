"""Names for built-in types and helpers for creating classes, for gilt.

The types are found as type(sample) for small sample objects, as CPython
does, so they are gilt's own built-in types.  A type the runtime cannot
produce a sample for gets a placeholder class that nothing is an
instance of.
"""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
           'SimpleNamespace', 'CellType', 'GeneratorType', 'CoroutineType',
           'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType',
           'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
           'TracebackType', 'FrameType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'new_class', 'resolve_bases',
           'prepare_class', 'DynamicClassAttribute', 'coroutine',
           'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType',
           'NotImplementedType']


def _type_of(make_sample, placeholder_name):
    try:
        return type(make_sample())
    except Exception:
        return type(placeholder_name, (), {'__module__': 'builtins'})


def _function():
    pass


def _cell():
    value = 1

    def inner():
        return value
    return inner.__closure__[0]


def _generator():
    yield 1


async def _coroutine_function():
    pass


def _coroutine():
    coro = _coroutine_function()
    coro.close()        # never awaited: close it to avoid a warning
    return coro


async def _async_generator():
    yield 1


class _Sample:
    def method(self):
        pass


def _traceback():
    try:
        raise TypeError
    except TypeError as exc:
        return exc.__traceback__


FunctionType = _type_of(lambda: _function, 'function')
LambdaType = FunctionType
CodeType = _type_of(lambda: _function.__code__, 'code')
CellType = _type_of(_cell, 'cell')
GeneratorType = _type_of(_generator, 'generator')
CoroutineType = _type_of(_coroutine, 'coroutine')
AsyncGeneratorType = _type_of(_async_generator, 'async_generator')
MethodType = _type_of(lambda: _Sample().method, 'method')
BuiltinFunctionType = _type_of(lambda: len, 'builtin_function_or_method')
BuiltinMethodType = _type_of(lambda: [].append, 'builtin_function_or_method')
WrapperDescriptorType = _type_of(lambda: object.__init__, 'wrapper_descriptor')
MethodWrapperType = _type_of(lambda: object().__str__, 'method-wrapper')
MethodDescriptorType = _type_of(lambda: str.join, 'method_descriptor')
ClassMethodDescriptorType = _type_of(lambda: dict.__dict__['fromkeys'],
                                     'classmethod_descriptor')
ModuleType = type(sys)
TracebackType = _type_of(_traceback, 'traceback')
FrameType = _type_of(lambda: _traceback().tb_frame, 'frame')
GetSetDescriptorType = _type_of(lambda: FunctionType.__dict__['__code__'],
                                'getset_descriptor')
MemberDescriptorType = _type_of(lambda: FunctionType.__dict__['__globals__'],
                                'member_descriptor')
GenericAlias = _type_of(lambda: list[int], 'GenericAlias')
UnionType = _type_of(lambda: int | str, 'UnionType')
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del _function, _cell, _generator, _coroutine_function, _coroutine
del _async_generator, _Sample, _traceback


# SimpleNamespace ------------------------------------------------------------

_repr_running = set()


class _PySimpleNamespace:
    """An object whose attributes are the keyword arguments it was made
    with; compared by those attributes.

    SimpleNamespace(**kwargs)"""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        cls = type(self)
        name = 'namespace' if cls is _PySimpleNamespace else cls.__name__
        key = id(self)
        if key in _repr_running:
            return f'{name}(...)'
        _repr_running.add(key)
        try:
            items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return f'{name}({items})'

    def __eq__(self, other):
        if (isinstance(self, _PySimpleNamespace)
                and isinstance(other, _PySimpleNamespace)):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)


_PySimpleNamespace.__name__ = _PySimpleNamespace.__qualname__ = \
    'SimpleNamespace'

# sys.implementation is a SimpleNamespace: reuse the runtime's type if it
# has one, so that both agree.
_implementation_type = type(getattr(sys, 'implementation', None))
if _implementation_type.__name__ == 'SimpleNamespace':
    SimpleNamespace = _implementation_type
else:
    SimpleNamespace = _PySimpleNamespace
del _implementation_type


# MappingProxyType -------------------------------------------------------------

class _PyMappingProxy:
    """A read-only view of a mapping."""

    __slots__ = ('_mapping',)

    def __new__(cls, mapping):
        if (not hasattr(mapping, '__getitem__') or not hasattr(mapping, 'keys')
                or isinstance(mapping, (list, tuple))):
            raise TypeError(f'mappingproxy() argument must be a mapping, '
                            f'not {type(mapping).__name__}')
        self = object.__new__(cls)
        object.__setattr__(self, '_mapping', mapping)
        return self

    def __setattr__(self, name, value):
        raise AttributeError(
            f"'mappingproxy' object has no attribute '{name}'")

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, _PyMappingProxy):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)

    __class_getitem__ = classmethod(GenericAlias)


_PyMappingProxy.__name__ = _PyMappingProxy.__qualname__ = 'mappingproxy'

_class_dict_type = type(type.__dict__)
if _class_dict_type.__name__ == 'mappingproxy':
    MappingProxyType = _class_dict_type
else:
    MappingProxyType = _PyMappingProxy
del _class_dict_type


# Creating classes dynamically ------------------------------------------------

def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically, as a class statement would:
    exec_body(namespace) fills the namespace."""
    resolved_bases = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved_bases is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, resolved_bases, namespace, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        mro_entries = getattr(base, '__mro_entries__', None)
        if mro_entries is None:
            continue
        replacement = mro_entries(bases)
        updated = True
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = replacement
        shift += len(replacement) - 1
    return tuple(new_bases) if updated else bases


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds), kwds without 'metaclass'."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, namespace, kwds


def _calculate_meta(meta, bases):
    """The most derived metaclass among meta and those of the bases."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived "
                        "class must be a (non-strict) subclass of the "
                        "metaclasses of all its bases")
    return winner


# Descriptors and decorators ---------------------------------------------------

class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    Behaves like a property on instances, but looking the attribute up on
    the class raises AttributeError, so the metaclass's __getattr__ (as in
    enum) answers instead."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(
            getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy_with(self, fget, fset, fdel):
        doc = getattr(fget, '__doc__', None) if self.overwrite_doc else None
        result = type(self)(fget, fset, fdel, doc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def getter(self, fget):
        return self._copy_with(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._copy_with(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy_with(self.fget, self.fset, fdel)


_CO_GENERATOR = 0x20
_CO_ITERABLE_COROUTINE = 0x100


def coroutine(func):
    """Convert a regular generator function into a coroutine usable with
    `await` (generator-based coroutine)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if isinstance(func, FunctionType):
        code = getattr(func, '__code__', None)
        flags = getattr(code, 'co_flags', 0)
        if flags & _CO_GENERATOR:
            try:
                func.__code__ = code.replace(
                    co_flags=flags | _CO_ITERABLE_COROUTINE)
            except (AttributeError, TypeError, ValueError):
                pass
            return func
    return func
