"""Shallow and deep copy operations, written for gilt.

copy(x) and deepcopy(x[, memo]) follow the documented protocol: a class can
define __copy__ / __deepcopy__(memo), otherwise the pickling protocol is used
(copyreg's dispatch table, __reduce_ex__, __reduce__, __getstate__,
__setstate__, __getnewargs(_ex)__).  Plain instances whose class does not
customise pickling are rebuilt here directly: a new object from
cls.__new__, then their __dict__ and __slots__ values copied over.
"""

import sys

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass

error = Error   # backward-compatible alias

try:
    from copyreg import dispatch_table as _dispatch_table
except ImportError:
    _dispatch_table = {}


def _sample_types():
    # Types of a few built-in objects that copying returns unchanged.
    def function():
        pass
    types = [type(None), int, float, bool, complex, str, bytes,
             type, range, property, type(Ellipsis),
             type(NotImplemented), type(function), type(len)]
    try:
        types.append(type(function.__code__))
    except AttributeError:
        pass
    weakref = sys.modules.get('weakref')
    if weakref is not None:
        types.append(weakref.ref)
    return types

_ATOMIC_TYPES = _sample_types()


class _Sample:
    def method(self):
        pass

_MethodType = type(_Sample().method)


# Shallow copy ---------------------------------------------------------------

def _copy_atomic(x):
    return x


def _copy_method(x):
    return type(x)(x.__func__, x.__self__)


_copy_dispatch = {cls: _copy_atomic for cls in _ATOMIC_TYPES}
for _cls in (tuple, frozenset, slice):
    _copy_dispatch[_cls] = _copy_atomic
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy
_copy_dispatch[bytearray] = bytearray.copy
_copy_dispatch[_MethodType] = _copy_method


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


# Deep copy ----------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    memo maps id(original) to its copy; it lets shared and recursive
    structures be copied once."""
    if memo is None:
        memo = {}
    ident = id(x)
    y = memo.get(ident, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # An object that is its own copy is not memoised.
    if y is not x:
        memo[ident] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A recursive tuple may have been copied while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_slice(x, memo):
    return slice(deepcopy(x.start, memo), deepcopy(x.stop, memo),
                 deepcopy(x.step, memo))


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {cls: _deepcopy_atomic for cls in _ATOMIC_TYPES}
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[_MethodType] = _deepcopy_method
_deepcopy_dispatch[slice] = _deepcopy_slice


def _keep_alive(x, memo):
    """Keep x alive as long as memo: ids in memo must not be reused."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# The pickling protocol --------------------------------------------------------

_object_reduce_ex = getattr(object, '__reduce_ex__', None)
_object_reduce = getattr(object, '__reduce__', None)
_object_getstate = getattr(object, '__getstate__', None)


def _reduce(x, cls):
    """Return x's reduce value, as pickle protocol 4 would."""
    reductor = _dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reduce_ex = getattr(cls, '__reduce_ex__', None)
    if reduce_ex is not None and reduce_ex is not _object_reduce_ex:
        return x.__reduce_ex__(4)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not _object_reduce:
        return x.__reduce__()
    return _default_reduce(x, cls)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _default_reduce(x, cls):
    """What object.__reduce_ex__(2 and up) returns for a plain instance."""
    if getattr(cls, '__new__', None) is None:
        raise Error(f"un(deep)copyable object of type {cls}")
    if isinstance(x, (set, bytearray)):
        # Their contents are filled in by __init__, not __new__.
        contents = bytes(x) if isinstance(x, bytearray) else list(x)
        return (cls, (contents,), _default_state(x, cls))
    kwargs = None
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
        else:
            args = _builtin_value_args(x)
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        state = x.__getstate__()
    else:
        state = _default_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return (_newobj_ex, (cls, args, kwargs), state, listitems, dictitems)
    return (_newobj, (cls,) + tuple(args), state, listitems, dictitems)


# Subclasses of these immutable types need their value passed to __new__.
_VALUE_TYPES = (int, float, complex, str, bytes, tuple)


def _builtin_value_args(x):
    if isinstance(x, frozenset):
        return (list(x),)
    for base in _VALUE_TYPES:
        if isinstance(x, base):
            return (base(x),)
    return ()


def _default_state(x, cls):
    """object.__getstate__(): the instance dict (None if empty), paired
    with a dict of the filled __slots__ if there are any."""
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    slots = {}
    for klass in cls.__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_' + klass.__name__.lstrip('_') + name
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
