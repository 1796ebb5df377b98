"""Source generation for the methods dataclasses adds (compiled with exec,
so they have real signatures and CPython's argument error messages), and
the text signature used for a dataclass's default __doc__."""

_FunctionType = type(lambda: None)


def create_fn(name, args, body, *, globals=None, locals=None, return_type=None,
              annotate_return=False):
    """Compile `def name(args): body` and return the function.

    `locals` become closure variables of the function (defaults, field
    types, ...); `body` is a list of source lines."""
    if locals is None:
        locals = {}
    return_annotation = ''
    if annotate_return:
        locals['_return_type'] = return_type
        return_annotation = '->_return_type'
    indented_body = '\n'.join(f'  {line}' for line in body)
    source = (f"def __create_fn__({', '.join(locals.keys())}):\n"
              f" def {name}({','.join(args)}){return_annotation}:\n"
              f"{indented_body}\n"
              f" return {name}")
    namespace = {}
    exec(source, globals if globals is not None else {}, namespace)
    return namespace['__create_fn__'](**locals)


def tuple_str(obj_name, fields):
    """Source of a tuple of the fields' values: '(self.a,self.b,)'."""
    if not fields:
        return '()'
    return f'({",".join([f"{obj_name}.{f.name}" for f in fields])},)'


def field_assign(frozen, name, value, self_name):
    if frozen:
        # Frozen classes forbid setattr: go around their __setattr__.
        return f'__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


# ---------------------------------------------------------------- signatures

def _format_annotation(annotation):
    """How inspect shows an annotation in a signature."""
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing_prefix(repr(annotation))
    if isinstance(annotation, type(list[int])):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _strip_typing_prefix(text):
    # 'typing.List[typing.Any]' -> 'List[Any]': drop 'typing.' at the start
    # of every dotted name.
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isalnum() or c == '_' or c == '.':
            j = i
            while j < n and (text[j].isalnum() or text[j] in '_.'):
                j += 1
            word = text[i:j]
            if word.startswith('typing.'):
                word = word[len('typing.'):]
            out.append(word)
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


_CO_VARARGS = 0x04
_CO_VARKEYWORDS = 0x08


def text_signature(func, skip_first=True):
    """str(inspect.signature(func)) for a plain Python function, without the
    first parameter (self) and without a '-> None' return annotation."""
    code = func.__code__
    names = code.co_varnames
    nargs = code.co_argcount
    nposonly = getattr(code, 'co_posonlyargcount', 0)
    nkwonly = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', {}) or {}
    missing = object()

    def param(name, default=missing, prefix=''):
        text = prefix + name
        has_annotation = name in annotations
        if has_annotation:
            text += ': ' + _format_annotation(annotations[name])
        if default is not missing:
            text += (' = ' if has_annotation else '=') + repr(default)
        return text

    params = []
    first_default = nargs - len(defaults)
    for i in range(nargs):
        default = defaults[i - first_default] if i >= first_default else missing
        params.append(param(names[i], default))
        if nposonly and i == nposonly - 1:
            params.append('/')
    index = nargs + nkwonly
    if code.co_flags & _CO_VARARGS:
        params.append(param(names[index], prefix='*'))
        index += 1
    elif nkwonly:
        params.append('*')
    for name in names[nargs:nargs + nkwonly]:
        params.append(param(name, kwdefaults.get(name, missing)))
    if code.co_flags & _CO_VARKEYWORDS:
        params.append(param(names[index], prefix='**'))
    if skip_first and params:
        params = params[1:]
        if params and params[0] == '/':
            params = params[1:]
    text = '(' + ', '.join(params) + ')'
    if 'return' in annotations and annotations['return'] is not None:
        text += ' -> ' + _format_annotation(annotations['return'])
    return text


def class_signature(cls):
    """The text inspect.signature(cls) would give, or '' if unknown: the
    first user-defined __new__ or __init__ along the MRO decides."""
    new = cls.__new__ if isinstance(cls.__new__, _FunctionType) else None
    init = cls.__init__ if isinstance(cls.__init__, _FunctionType) else None
    try:
        for base in cls.__mro__:
            if new is not None and '__new__' in base.__dict__:
                return text_signature(new)
            if init is not None and '__init__' in base.__dict__:
                return text_signature(init)
    except (AttributeError, TypeError, IndexError):
        return ''
    if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return '()'
    return ''


# ---------------------------------------------------------------- repr guard

try:
    from _thread import get_ident as _get_ident
except ImportError:
    def _get_ident():
        return 0


def recursive_repr(user_function):
    """Make a __repr__ return '...' when it recurses into the same object."""
    running = set()

    def wrapper(self):
        key = id(self), _get_ident()
        if key in running:
            return '...'
        running.add(key)
        try:
            result = user_function(self)
        finally:
            running.discard(key)
        return result
    wrapper.__module__ = getattr(user_function, '__module__', None)
    wrapper.__doc__ = getattr(user_function, '__doc__', None)
    wrapper.__name__ = getattr(user_function, '__name__', None)
    wrapper.__qualname__ = getattr(user_function, '__qualname__', None)
    wrapper.__wrapped__ = user_function
    return wrapper
