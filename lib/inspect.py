"""Get information about live objects: a subset of CPython's inspect (predicates, generator and
coroutine states, signatures of Python functions, docstrings)."""

import enum
import types

__all__ = [
    'Parameter', 'Signature', 'signature', 'getdoc', 'cleandoc', 'getmembers', 'getmro',
    'isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin', 'isroutine', 'isgenerator',
    'isgeneratorfunction', 'iscoroutine', 'iscoroutinefunction', 'isasyncgen', 'isasyncgenfunction',
    'isawaitable', 'iscode', 'isframe', 'istraceback', 'isabstract', 'getgeneratorstate',
    'getcoroutinestate', 'unwrap', 'getattr_static',
]

# code object flags (co_flags)
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


# ---------------------------------------------------------------- predicates

def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return (isbuiltin(obj) or isfunction(obj) or ismethod(obj)
            or type(obj).__name__ in ('method_descriptor', 'wrapper_descriptor', 'method-wrapper',
                                      'classmethod_descriptor'))


def _unwrap_partial(f):
    while ismethod(f):
        f = f.__func__
    while type(f).__name__ == 'partial' and hasattr(f, 'func'):
        f = f.func
    return f


def _has_code_flag(f, flag):
    f = _unwrap_partial(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    if isinstance(obj, types.CoroutineType):
        return True
    if isinstance(obj, types.GeneratorType) and obj.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return hasattr(type(obj), '__await__')


def iscode(obj):
    return isinstance(obj, types.CodeType)


def isframe(obj):
    return isinstance(obj, types.FrameType)


def istraceback(obj):
    return isinstance(obj, types.TracebackType)


def isabstract(obj):
    return bool(isinstance(obj, type) and getattr(obj, '__abstractmethods__', None))


# ---------------------------------------------------------------- states

def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_frame is None:
        return GEN_CLOSED
    if generator.gi_suspended:
        return GEN_SUSPENDED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    return CORO_CREATED


# ---------------------------------------------------------------- members and docs

def getmro(cls):
    return cls.__mro__


def getmembers(obj, predicate=None):
    names = dir(obj)
    if isclass(obj):
        # class attributes found only through the MRO's __dict__s (e.g. hidden by a metaclass __dir__)
        for base in obj.__mro__:
            for k in base.__dict__:
                if k not in names:
                    names.append(k)
    results = []
    for key in names:
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getattr_static(obj, attr, default=...):
    sentinel = object()
    if not isinstance(obj, type):
        d = getattr(obj, '__dict__', None)
        if isinstance(d, dict) and attr in d:
            return d[attr]
        mro = type(obj).__mro__
    else:
        mro = obj.__mro__
    for base in mro:
        v = base.__dict__.get(attr, sentinel)
        if v is not sentinel:
            return v
    if default is not ...:
        return default
    raise AttributeError(attr)


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    out = [lines[0].lstrip()]
    if margin is not None:
        out.extend(line[margin:] for line in lines[1:])
    else:
        out.extend(lines[1:])
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return '\n'.join(out)


def getdoc(obj):
    try:
        doc = obj.__doc__
    except AttributeError:
        return None
    if doc is None and isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                break
            doc = base.__doc__
            if doc is not None:
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def unwrap(func, *, stop=None):
    seen = {id(func)}
    f = func
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


# ---------------------------------------------------------------- signatures

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_KIND_DESCRIPTIONS = {
    _ParameterKind.POSITIONAL_ONLY: 'positional-only',
    _ParameterKind.POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _ParameterKind.VAR_POSITIONAL: 'variadic positional',
    _ParameterKind.KEYWORD_ONLY: 'keyword-only',
    _ParameterKind.VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
    KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
    VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
    empty = _empty

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_ParameterKind.VAR_POSITIONAL, _ParameterKind.VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=..., kind=..., default=..., annotation=...):
        return type(self)(self._name if name is ... else name, self._kind if kind is ... else kind,
                          default=self._default if default is ... else default,
                          annotation=self._annotation if annotation is ... else annotation)

    def __str__(self):
        out = self._name
        if self._annotation is not _empty:
            out = '{}: {}'.format(out, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            out = '{}{}{!r}'.format(out, sep, self._default)
        if self._kind == _ParameterKind.VAR_POSITIONAL:
            out = '*' + out
        elif self._kind == _ParameterKind.VAR_KEYWORD:
            out = '**' + out
        return out

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        out = []
        for name, p in self._signature.parameters.items():
            if p.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                break
            if name not in self.arguments:
                break
            if p.kind == _ParameterKind.VAR_POSITIONAL:
                out.extend(self.arguments[name])
            else:
                out.append(self.arguments[name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        started = False
        for name, p in self._signature.parameters.items():
            if not started:
                if p.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if p.kind == _ParameterKind.VAR_KEYWORD:
                out.update(self.arguments[name])
            elif p.kind != _ParameterKind.VAR_POSITIONAL:
                out[name] = self.arguments[name]
        return out

    def apply_defaults(self):
        new = {}
        for name, p in self._signature.parameters.items():
            if name in self.arguments:
                new[name] = self.arguments[name]
            elif p.default is not _empty:
                new[name] = p.default
            elif p.kind == _ParameterKind.VAR_POSITIONAL:
                new[name] = ()
            elif p.kind == _ParameterKind.VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __repr__(self):
        args = ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items())
        return '<{} ({})>'.format(type(self).__name__, args)

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments


class Signature:
    empty = _empty
    __slots__ = ('_parameters', '_return_annotation')

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            top = _ParameterKind.POSITIONAL_ONLY
            seen_default = False
            for p in parameters:
                if __validate_parameters__:
                    if p.kind < top:
                        raise ValueError('wrong parameter order: {} parameter before {} parameter'.format(
                            top.description, p.kind.description))
                    top = p.kind
                    if p.kind in (_ParameterKind.POSITIONAL_ONLY, _ParameterKind.POSITIONAL_OR_KEYWORD):
                        if p.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                    if p.name in params:
                        raise ValueError('duplicate parameter name: {!r}'.format(p.name))
                params[p.name] = p
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return _signature_of(obj, follow_wrapped, cls)

    def replace(self, *, parameters=..., return_annotation=...):
        return type(self)(list(self._parameters.values()) if parameters is ... else parameters,
                          return_annotation=self._return_annotation if return_annotation is ... else return_annotation)

    def __str__(self):
        parts = []
        slash_pending = False
        star_needed = True
        for p in self._parameters.values():
            kind = p.kind
            if kind == _ParameterKind.POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append('/')
                slash_pending = False
            if kind == _ParameterKind.VAR_POSITIONAL:
                star_needed = False
            elif kind == _ParameterKind.KEYWORD_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(str(p))
        if slash_pending:
            parts.append('/')
        out = '({})'.format(', '.join(parts))
        if self._return_annotation is not _empty:
            out += ' -> {}'.format(formatannotation(self._return_annotation))
        return out

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.values()) == list(other._parameters.values()))

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        kwargs = dict(kwargs)
        i = 0
        args = list(args)
        for p in params:
            if p.kind in (_ParameterKind.POSITIONAL_ONLY, _ParameterKind.POSITIONAL_OR_KEYWORD):
                if i < len(args):
                    if p.name in kwargs and p.kind != _ParameterKind.POSITIONAL_ONLY:
                        raise TypeError('multiple values for argument {!r}'.format(p.name))
                    arguments[p.name] = args[i]
                    i += 1
                    continue
                if p.kind == _ParameterKind.POSITIONAL_OR_KEYWORD and p.name in kwargs:
                    arguments[p.name] = kwargs.pop(p.name)
                    continue
                if p.kind == _ParameterKind.POSITIONAL_ONLY and p.name in kwargs and p.default is _empty and not partial:
                    raise TypeError('{!r} parameter is positional only, but was passed as a keyword'.format(p.name))
                if p.default is _empty and not partial:
                    raise TypeError('missing a required argument: {!r}'.format(p.name))
            elif p.kind == _ParameterKind.VAR_POSITIONAL:
                if i < len(args):
                    arguments[p.name] = tuple(args[i:])
                    i = len(args)
            elif p.kind == _ParameterKind.KEYWORD_ONLY:
                if p.name in kwargs:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _empty and not partial:
                    raise TypeError('missing a required argument: {!r}'.format(p.name))
            else:
                if kwargs:
                    arguments[p.name] = kwargs
                    kwargs = {}
        if i < len(args):
            raise TypeError('too many positional arguments')
        if kwargs:
            raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)


def _signature_from_function(cls, func):
    code = func.__code__
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__ or {}
    first_default = npos - len(defaults)
    params = []
    for i in range(npos):
        name = names[i]
        kind = _ParameterKind.POSITIONAL_ONLY if i < nposonly else _ParameterKind.POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    k = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[k]
        params.append(Parameter(name, _ParameterKind.VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for i in range(npos, npos + nkwonly):
        name = names[i]
        params.append(Parameter(name, _ParameterKind.KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[k + (1 if code.co_flags & CO_VARARGS else 0)]
        params.append(Parameter(name, _ParameterKind.VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty), __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind != _ParameterKind.VAR_POSITIONAL:
        params = params[1:]
    return sig.replace(parameters=params)


def _signature_of(obj, follow_wrapped, cls):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        return _drop_first(_signature_of(obj.__func__, follow_wrapped, cls))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, follow_wrapped, cls)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isfunction(obj):
        return _signature_from_function(cls, obj)
    if type(obj).__name__ == 'partial' and hasattr(obj, 'func'):
        sig = _signature_of(obj.func, follow_wrapped, cls)
        ba = sig.bind_partial(*obj.args, **obj.keywords)
        params = []
        for name, p in sig.parameters.items():
            if name in ba.arguments and p.kind in (_ParameterKind.POSITIONAL_ONLY, _ParameterKind.POSITIONAL_OR_KEYWORD) \
                    and name not in obj.keywords:
                continue
            if name in obj.keywords:
                p = p.replace(default=obj.keywords[name], kind=_ParameterKind.KEYWORD_ONLY)
            elif params and params[-1].kind == _ParameterKind.KEYWORD_ONLY and p.kind == _ParameterKind.POSITIONAL_OR_KEYWORD:
                p = p.replace(kind=_ParameterKind.KEYWORD_ONLY)
            params.append(p)
        params.sort(key=lambda p: p.kind)
        return sig.replace(parameters=params)
    if isinstance(obj, type):
        for name in ('__new__', '__init__'):
            for base in obj.__mro__:
                if name in base.__dict__:
                    if base is object:
                        break
                    meth = base.__dict__[name]
                    if isinstance(meth, staticmethod):
                        meth = meth.__func__
                    if isfunction(meth):
                        return _drop_first(_signature_from_function(cls, meth))
                    break
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return cls([])
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        return _drop_first(_signature_from_function(cls, call))
    raise ValueError('no signature found for builtin {!r}'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)
