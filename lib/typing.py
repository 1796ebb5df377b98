"""Support for type hints (PEP 484 and successors), CPython 3.11 flavour.

The aliases and special forms here are for annotations and runtime
introspection (get_type_hints, get_origin, get_args); nothing is enforced."""

import collections
import collections.abc
import functools  # noqa: F401  (CPython's typing has these as attributes)
import operator  # noqa: F401
import sys  # noqa: F401
from abc import abstractmethod, ABCMeta  # noqa: F401

# The internal classes are re-exported too: other libraries look them up
# as typing._GenericAlias, typing._type_repr ...
from _typing_base import (  # noqa: F401
    GenericAlias, UnionType, ForwardRef, TypeVar, TypeVarTuple, ParamSpec,
    ParamSpecArgs, ParamSpecKwargs, _Final, _Immutable, _SpecialForm,
    _LiteralSpecialForm, _BaseGenericAlias, _GenericAlias,
    _SpecialGenericAlias, _CallableType, _CallableGenericAlias, _TupleType,
    _UnionGenericAlias, _LiteralGenericAlias, _ConcatenateGenericAlias,
    _UnpackGenericAlias, _AnnotatedAlias, _TypingEllipsis, _caller,
    _check_generic, _collect_parameters, _deduplicate, _eval_type,
    _is_param_expr, _is_typevar_like, _tp_cache, _type_check, _type_convert,
    _type_repr, _value_and_type_iter)

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping',
    'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
    'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator',
    'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt',
    'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict',
    'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
    'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
    'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin',
    'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString',
    'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False


# ---------------------------------------------------------------- Any

class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type compatible with every type (and usable as a base class)."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


# ---------------------------------------------------------------- special forms

def _not_subscriptable(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


def _single_type_form(self, parameters, message):
    item = _type_check(parameters, f'{self} {message}')
    return _GenericAlias(self, (item,))


@_SpecialForm
def NoReturn(self, parameters):
    """Marks a function that never returns."""
    _not_subscriptable(self, parameters)


@_SpecialForm
def Never(self, parameters):
    """The bottom type: no value has it."""
    _not_subscriptable(self, parameters)


@_SpecialForm
def Self(self, parameters):
    """The type of the enclosing class's instances."""
    _not_subscriptable(self, parameters)


@_SpecialForm
def LiteralString(self, parameters):
    """Any literal string (or a string built only from literal strings)."""
    _not_subscriptable(self, parameters)


@_SpecialForm
def TypeAlias(self, parameters):
    """Marks an assignment as a type alias: X: TypeAlias = int."""
    _not_subscriptable(self, parameters)


@_SpecialForm
def ClassVar(self, parameters):
    """ClassVar[T]: a class attribute, not an instance attribute."""
    return _single_type_form(self, parameters, 'accepts only single type.')


@_SpecialForm
def Final(self, parameters):
    """Final[T]: a name that must not be reassigned."""
    return _single_type_form(self, parameters, 'accepts only single type.')


@_SpecialForm
def TypeGuard(self, parameters):
    """TypeGuard[T]: return type of a user-defined type guard."""
    return _single_type_form(self, parameters, 'accepts only single type.')


@_SpecialForm
def Required(self, parameters):
    """Required[T]: a required key of a total=False TypedDict."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """NotRequired[T]: a key that may be missing from a TypedDict."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    """Unpack[Ts]: the same as *Ts."""
    item = _type_check(parameters, f'{self._name} accepts only single type.')
    return _UnpackGenericAlias(origin=self, args=(item,))


def _flatten_unions(parameters):
    params = []
    for p in parameters:
        if isinstance(p, (_UnionGenericAlias, UnionType)):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(_deduplicate(params))


@_SpecialForm
@_tp_cache
def Union(self, parameters):
    """Union[X, Y]: either X or Y.  Nested unions are flattened, duplicates
    removed, and a union of one type is that type."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = _flatten_unions(tuple(_type_check(p, msg) for p in parameters))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and type(None) in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


@_LiteralSpecialForm
@_tp_cache
def Literal(self, *parameters):
    """Literal[1, 'a']: exactly one of these values."""
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    parameters = tuple(flat)
    try:
        parameters = tuple(p for p, _ in _deduplicate(list(_value_and_type_iter(parameters))))
    except TypeError:  # unhashable values
        pass
    return _LiteralGenericAlias(self, parameters)


@_SpecialForm
@_tp_cache
def Concatenate(self, parameters):
    """Concatenate[int, P]: P's parameters with an int prepended."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(self, parameters, _paramspec_tvars=True)


class Annotated:
    """Annotated[T, x, ...]: type T with extra metadata for tools."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two "
                            "arguments (a type and an annotation).")
        msg = "Annotated[t, ...]: t must be a type."
        origin = _type_check(params[0], msg, allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass {}.Annotated".format(cls.__module__))


# ---------------------------------------------------------------- Generic

class Generic:
    """Base class for generic classes: class Box(Generic[T]): ...

    Box[int] is then an alias whose instances are Boxes."""
    __slots__ = ()
    _is_protocol = False

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                f"variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            for param in cls.__parameters__:
                prepare = getattr(param, '__typing_prepare_subst__', None)
                if prepare is not None:
                    params = prepare(cls, params)
            _check_generic(cls, params, len(cls.__parameters__))
        return _GenericAlias(cls, params, _paramspec_tvars=True)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) != _TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            # An explicit Generic[...] base must list every type variable.
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple types.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ', '.join(str(t) for t in missing)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are"
                                    f" not listed in Generic[{s_args}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


# ---------------------------------------------------------------- Protocol

_TYPING_INTERNALS = ['__parameters__', '__orig_bases__', '__orig_class__',
                     '_is_protocol', '_is_runtime_protocol']
_SPECIAL_NAMES = ['__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                  '__init__', '__module__', '__new__', '__slots__',
                  '__subclasshook__', '__weakref__', '__class_getitem__']
_EXCLUDED_ATTRS = set(_TYPING_INTERNALS + _SPECIAL_NAMES + ['_MutableMapping__marker'])

_PROTO_ALLOWLIST = {
    'collections.abc': ['Callable', 'Awaitable', 'Iterable', 'Iterator',
                        'AsyncIterable', 'Hashable', 'Sized', 'Container',
                        'Collection', 'Reversible'],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}


def _get_protocol_attrs(cls):
    """The members a protocol requires (methods and annotated attributes)."""
    attrs = set()
    for base in cls.__mro__[:-1]:  # not object
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _EXCLUDED_ATTRS:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


def _no_init_or_replace_init(self, *args, **kwargs):
    # The __init__ of protocols: refuses protocols themselves; for concrete
    # subclasses, finds the real __init__ once and installs it.
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _no_init_or_replace_init:
        return
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


def _allow_reckless_class_checks(depth=3):
    # abc and functools may test protocols while building caches.
    return _caller(depth) in {'abc', 'functools', None}


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if (getattr(cls, '_is_protocol', False) and
                not getattr(cls, '_is_runtime_protocol', False) and
                not _allow_reckless_class_checks(depth=2)):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if ((not getattr(cls, '_is_protocol', False) or _is_callable_members_only(cls))
                and issubclass(instance.__class__, cls)):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or
                    getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


def _proto_hook(cls, other):
    # __subclasshook__ of protocols: structural issubclass().
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    if not getattr(cls, '_is_runtime_protocol', False):
        if _allow_reckless_class_checks():
            return NotImplemented
        raise TypeError("Instance and class checks can only be used with"
                        " @runtime_checkable protocols")
    if not _is_callable_members_only(cls):
        if _allow_reckless_class_checks():
            return NotImplemented
        raise TypeError("Protocols with non-method members"
                        " don't support issubclass()")
    if not isinstance(other, type):
        raise TypeError('issubclass() arg 1 must be a class')
    for attr in _get_protocol_attrs(cls):
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = getattr(base, '__annotations__', {})
            if (isinstance(annotations, collections.abc.Mapping) and
                    attr in annotations and issubclass(other, Generic) and other._is_protocol):
                break
        else:
            return NotImplemented
    return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for structural types: a class matches a protocol when it
    has the protocol's members (checked at runtime only with
    @runtime_checkable)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_proto_hook)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base in (object, Generic) or
                    base.__module__ in _PROTO_ALLOWLIST and
                    base.__name__ in _PROTO_ALLOWLIST[base.__module__] or
                    issubclass(base, Generic) and base._is_protocol):
                raise TypeError('Protocols can only inherit from other'
                                ' protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Class decorator allowing isinstance()/issubclass() with a protocol."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


from _typing_special import *  # noqa: E402,F401,F403  (aliases, NamedTuple, ...)
from _typing_special import (  # noqa: E402,F401
    _TypedDictMeta, _overload_dummy, NamedTupleMeta, _NamedTuple, _TypedDict)


def _claim_helpers():
    # Functions and classes from the helper modules present themselves as
    # typing's own (for reprs, pickling and introspection).
    for obj in list(globals().values()):
        if isinstance(obj, (type, type(_claim_helpers))):
            module = getattr(obj, '__module__', None) or ''
            if '_typing_' in module:
                obj.__module__ = 'typing'


_claim_helpers()
del _claim_helpers
