"""Argument checking for gilt's itertools, with CPython's messages."""

_MISSING = object()


def _parse(name, args, kwargs, params, required):
    """Bind args/kwargs to params as CPython's argument clinic does;
    missing optional parameters are _MISSING."""
    if len(args) > len(params):
        plural = 's' if len(params) != 1 else ''
        raise TypeError(f'{name}() takes at most {len(params)} '
                        f'argument{plural} ({len(args)} given)')
    values = list(args) + [_MISSING] * (len(params) - len(args))
    for key, value in kwargs.items():
        try:
            position = params.index(key)
        except ValueError:
            raise TypeError(f"'{key}' is an invalid keyword argument for "
                            f"{name}()") from None
        if position < len(args):
            raise TypeError(f"argument for {name}() given by name ('{key}') "
                            f"and position ({position + 1})")
        values[position] = value
    for position in range(required):
        if values[position] is _MISSING:
            raise TypeError(f"{name}() missing required argument "
                            f"'{params[position]}' (pos {position + 1})")
    return values


def _positional(name, args, kwargs, low, high=None):
    """Check the arguments of a function taking only positional ones."""
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')
    count = len(args)
    if high is None:
        if count != low:
            plural = 's' if low != 1 else ''
            raise TypeError(f'{name} expected {low} argument{plural}, '
                            f'got {count}')
    elif count < low:
        plural = 's' if low != 1 else ''
        raise TypeError(f'{name} expected at least {low} argument{plural}, '
                        f'got {count}')
    elif count > high:
        raise TypeError(f'{name} expected at most {high} arguments, '
                        f'got {count}')
    return args


def _is_number(x):
    cls = type(x)
    return (isinstance(x, (int, float, complex)) or hasattr(cls, '__index__')
            or hasattr(cls, '__float__') or hasattr(cls, '__int__'))
