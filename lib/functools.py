"""Higher-order functions and operations on callable objects, written for
gilt."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch',
           'singledispatchmethod', 'cached_property']

from abc import get_cache_token
from collections import namedtuple
from types import GenericAlias, MethodType, MappingProxyType, UnionType


# update_wrapper() and wraps() ---------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the `assigned` attributes (those
    wrapped has), update the `updated` ones (dicts), and set __wrapped__.
    Returns wrapper."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ does
    # not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to a wrapper function:
    @wraps(wrapped) is partial(update_wrapper, wrapped=wrapped, ...)."""
    return partial(update_wrapper, wrapped=wrapped,
                   assigned=assigned, updated=updated)


# total_ordering ----------------------------------------------------------------

def _make_order_method(name, root, formula):
    # formula(root_result, self, other) computes the missing comparison.
    def method(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        return formula(result, self, other)
    method.__name__ = name
    method.__qualname__ = name
    method.__doc__ = f'Computed by @total_ordering from {root}.'
    return method


# For each root comparison, how to derive the other three from it.
_ORDER_FORMULAS = {
    '__lt__': {
        '__gt__': lambda r, a, b: not r and a != b,
        '__le__': lambda r, a, b: r or a == b,
        '__ge__': lambda r, a, b: not r,
    },
    '__le__': {
        '__ge__': lambda r, a, b: not r or a == b,
        '__lt__': lambda r, a, b: r and a != b,
        '__gt__': lambda r, a, b: not r,
    },
    '__gt__': {
        '__lt__': lambda r, a, b: not r and a != b,
        '__ge__': lambda r, a, b: r or a == b,
        '__le__': lambda r, a, b: not r,
    },
    '__ge__': {
        '__le__': lambda r, a, b: not r or a == b,
        '__gt__': lambda r, a, b: r and a != b,
        '__lt__': lambda r, a, b: not r,
    },
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods from the one
    the class defines (with __eq__)."""
    roots = {name for name in _ORDER_FORMULAS
             if getattr(cls, name, None) is not getattr(object, name, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: '
                         '< > <= >=')
    # Prefer __lt__, then __le__, __gt__, __ge__.
    root = max(roots)
    for name, formula in _ORDER_FORMULAS[root].items():
        if name not in roots:
            setattr(cls, name, _make_order_method(name, root, formula))
    return cls


# cmp_to_key -----------------------------------------------------------------------

class KeyWrapper:
    """The key made by cmp_to_key(): orders objects with the old-style
    comparison function."""

    __slots__ = ('_cmp', 'obj')

    def __call__(self, obj):
        key = object.__new__(KeyWrapper)
        key._cmp = self._cmp
        key.obj = obj
        return key

    def _compare(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    """A key function (for sorted, min, ...) ordering objects the way
    the old-style comparison function mycmp(a, b) does."""
    key = object.__new__(KeyWrapper)
    key._cmp = mycmp
    return key


# reduce ----------------------------------------------------------------------------

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing, /):
    """reduce(function, iterable[, initial]) -> value

    Fold the items of iterable from the left with the two-argument
    function: reduce(f, [a, b, c]) is f(f(a, b), c).  initial, if given,
    comes before the items (and is the result for an empty iterable)."""
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial "
                            "value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# partial and partialmethod ---------------------------------------------------------

_partial_repr_running = set()


class _ReadOnly:
    """A read-only attribute backed by a slot (like C members)."""

    def __init__(self, slot, doc):
        self._slot = slot
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return self._slot.__get__(instance, owner)

    def __set__(self, instance, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, instance):
        raise AttributeError('readonly attribute')


class partial:
    """partial(func, *args, **keywords): a callable that calls func with
    args before, and keywords under, the arguments it is given."""

    __slots__ = ("_func", "_args", "_keywords", "__dict__", "__weakref__")

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # A plain partial of a partial is flattened into one.
        if isinstance(func, partial) and not func.__dict__:
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        if self._keywords:
            keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    def __repr__(self):
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        key = id(self)
        if key in _partial_repr_running:
            return '...'
        _partial_repr_running.add(key)
        try:
            parts = [repr(self.func)]
            parts.extend(repr(arg) for arg in self.args)
            parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        finally:
            _partial_repr_running.discard(key)
        return f'{name}({", ".join(parts)})'

    def __reduce__(self):
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None,
                 self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (kwds is not None and not isinstance(kwds, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        self.__dict__.clear()
        if namespace:
            self.__dict__.update(namespace)
        self._func = func
        self._args = tuple(args)
        self._keywords = {} if kwds is None else dict(kwds)

    __class_getitem__ = classmethod(GenericAlias)


partial.func = _ReadOnly(partial._func, 'function object to use in future '
                                        'partial calls')
partial.args = _ReadOnly(partial._args, 'tuple of arguments to future '
                                        'partial calls')
partial.keywords = _ReadOnly(partial._keywords, 'dictionary of keyword '
                                                'arguments to future partial '
                                                'calls')


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords; the object it is looked up on comes first."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            # Flatten, as partial does.
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        cls = type(self)
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        # CPython's format leaves the separators in even when empty.
        return (f"{cls.__module__}.{cls.__qualname__}"
                f"({self.func!r}, {args}, {keywords})")

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # The function bound itself (method, classmethod, ...):
                # apply the arguments to that.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            # A callable that is not a descriptor: bind our own wrapper.
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


# lru_cache and cache ------------------------------------------------------------

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"],
                        module='functools')

# Separates positional from keyword arguments in cache keys.
_kwd_mark = (object(),)
_NOT_FOUND = object()


def _make_key(args, kwds, typed):
    """A hashable key for a call: equal calls give equal keys."""
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in (int, str):
        # A lone int or str argument is its own key (as in CPython, so
        # f(1) and f(1.0) are cached separately unless equal keys meet).
        return key[0]
    return key


# Fields of the links of an lru_cache's recency list.
_PREV, _NEXT, _KEY, _RESULT = 0, 1, 2, 3


class _lru_cache_wrapper:
    """The callable made by @lru_cache: calls the wrapped function and
    remembers results, evicting the least recently used ones.

    An unbounded cache is a plain dict of results.  A bounded one maps
    keys to links [prev, next, key, result] of a circular doubly linked
    list ordered from least to most recently used, with a sentinel link:
    a hit moves its link to the end and eviction takes the first one,
    both in constant time."""

    def __init__(self, user_function, maxsize, typed):
        self._function = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        self._root = root = [None, None, None, None]
        root[_PREV] = root[_NEXT] = root
        update_wrapper(self, user_function)

    def __call__(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self._function(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        if maxsize is None:
            result = cache.get(key, _NOT_FOUND)
            if result is not _NOT_FOUND:
                self._hits += 1
                return result
            self._misses += 1
            result = self._function(*args, **kwds)
            cache[key] = result
            return result
        link = cache.get(key)
        root = self._root
        if link is not None:
            self._hits += 1
            # Unlink, then put back at the most recent end.
            prev, following = link[_PREV], link[_NEXT]
            prev[_NEXT] = following
            following[_PREV] = prev
            last = root[_PREV]
            last[_NEXT] = root[_PREV] = link
            link[_PREV] = last
            link[_NEXT] = root
            return link[_RESULT]
        self._misses += 1
        result = self._function(*args, **kwds)
        if key in cache:
            # A recursive call already stored it.
            return result
        if len(cache) >= maxsize:
            oldest = root[_NEXT]
            following = oldest[_NEXT]
            root[_NEXT] = following
            following[_PREV] = root
            del cache[oldest[_KEY]]
        last = root[_PREV]
        link = [last, root, key, result]
        last[_NEXT] = root[_PREV] = cache[key] = link
        return result

    def cache_info(self):
        """Hits, misses, maxsize and current size, as a CacheInfo."""
        return _CacheInfo(self._hits, self._misses, self._maxsize,
                          len(self._cache))

    def cache_clear(self):
        """Empty the cache and reset its statistics."""
        self._cache.clear()
        root = self._root
        root[_PREV] = root[_NEXT] = root
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return MethodType(self, obj)

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    maxsize=None makes the cache unbounded; typed=True caches arguments
    of different types (3 and 3.0) separately.  Arguments must be
    hashable.  The wrapper has cache_info(), cache_clear() and
    cache_parameters(), and the wrapped function as __wrapped__."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as plain @lru_cache.
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function, /):
    """An unbounded cache of the results of user_function
    (lru_cache(maxsize=None))."""
    return lru_cache(maxsize=None)(user_function)


# cached_property -----------------------------------------------------------------

class cached_property:
    """A property computed once per instance and then stored in the
    instance's __dict__ (deleting the attribute recomputes it)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different "
                f"names ({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without "
                            "calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property.") from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                raise TypeError(
                    f"The '__dict__' attribute on "
                    f"{type(instance).__name__!r} instance does not support "
                    f"item assignment for caching {self.attrname!r} "
                    f"property.") from None
        return value

    __class_getitem__ = classmethod(GenericAlias)


# singledispatch -------------------------------------------------------------------

def _union_args(cls):
    """The members of a union type (int | str, typing.Union[...]), or
    None if cls is not a union."""
    if isinstance(cls, UnionType) or (
            type(cls).__name__ == '_UnionGenericAlias'
            and type(cls).__module__ == 'typing'):
        return cls.__args__
    return None


def _is_class(cls):
    return isinstance(cls, type) and not isinstance(cls, GenericAlias)


def _is_valid_dispatch_type(cls):
    if _is_class(cls):
        return True
    members = _union_args(cls)
    return members is not None and all(_is_class(arg) for arg in members)


def _dispatch_mro(cls, registered):
    """cls.__mro__ extended with the registered ABCs that cls is only a
    virtual (or implicit) subclass of.

    Each such ABC goes right after the last class of the MRO that is a
    subclass of it, more derived ABCs before their bases."""
    mro = list(cls.__mro__)
    abcs = [t for t in registered
            if _is_class(t) and t not in mro and issubclass(cls, t)]
    if not abcs:
        return mro
    placed = {}
    for abc in abcs:
        position = 0
        for i, klass in enumerate(mro):
            if issubclass(klass, abc):
                position = i
        placed.setdefault(position, []).append(abc)
    result = []
    for i, klass in enumerate(mro):
        result.append(klass)
        group = placed.get(i)
        if group:
            # Derived ABCs first; a stable order otherwise.
            group.sort(key=lambda a: -sum(issubclass(a, b) for b in group))
            result.extend(group)
    return result


def _find_impl(cls, registry):
    """The implementation registered for the nearest class in cls's
    (ABC-aware) MRO."""
    mro = _dispatch_mro(cls, registry.keys())
    explicit = cls.__mro__
    for position, klass in enumerate(mro):
        if klass not in registry:
            continue
        # Two unrelated ABCs, both only implicitly implemented and next
        # to each other: refuse to guess.
        if klass not in explicit and position + 1 < len(mro):
            following = mro[position + 1]
            if (following in registry and following not in explicit
                    and not issubclass(klass, following)):
                raise RuntimeError(
                    f"Ambiguous dispatch: {klass} or {following}")
        return registry[klass]
    return None


def _first_annotation(func):
    """(name, class) of the first annotated parameter of func."""
    annotations = getattr(func, '__annotations__', {})
    for name, annotation in annotations.items():
        if isinstance(annotation, str):
            annotation = eval(annotation, getattr(func, '__globals__', {}))
        return name, annotation
    return None


def singledispatch(func):
    """Turn func into a generic function, dispatching on the type of its
    first argument.

    The decorated function picks an implementation by the type of its
    first argument; implementations are added with .register(cls, impl),
    @register(cls) or @register on a function whose first parameter is
    annotated."""
    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """Return the implementation for cls (following its MRO)."""
        nonlocal cache_token
        if cache_token is not None:
            current = get_cache_token()
            if cache_token != current:
                # An ABC registered something: cached answers may be stale.
                dispatch_cache.clear()
                cache_token = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        try:
            impl = registry[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func as the implementation for cls (a class or a
        union of classes); usable as a decorator."""
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type.")
            annotated = _first_annotation(cls)
            if annotated is None:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain "
                    f"`@register` on an annotated function.")
            func = cls
            argname, cls = annotated
            if not _is_valid_dispatch_type(cls):
                if _union_args(cls) is not None:
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. "
                                f"{cls!r} is not a class.")
        members = _union_args(cls)
        for klass in (members if members is not None else (cls,)):
            registry[klass] = func
            if cache_token is None and hasattr(klass, '__abstractmethods__'):
                cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            f'1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the type
    of the first argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method as the implementation for cls."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
