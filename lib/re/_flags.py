"""re's flags: the RegexFlag enum (an IntFlag) and how flags are spelled in reprs.

If enum cannot be imported, the flags are plain ints (RegexFlag is then int).
"""

# (name, short name, value), in CPython's order of definition: composite reprs list names in
# this order (re.ASCII|re.IGNORECASE).
FLAG_DEFS = (
    ('ASCII', 'A', 256),
    ('IGNORECASE', 'I', 2),
    ('LOCALE', 'L', 4),
    ('UNICODE', 'U', 32),
    ('MULTILINE', 'M', 8),
    ('DOTALL', 'S', 16),
    ('VERBOSE', 'X', 64),
    ('TEMPLATE', 'T', 1),
    ('DEBUG', None, 128),
)

# The order in which a compiled pattern's repr lists its flags (CPython's C code has its own).
PATTERN_REPR_ORDER = (
    ('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16),
    ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256),
)


def flags_repr(value):
    """'re.IGNORECASE|re.MULTILINE' for a RegexFlag value (definition order, then hex rest)."""
    value = int(value)
    if value == 0:
        return 're.NOFLAG'
    names = []
    rest = value
    for name, _, bit in FLAG_DEFS:
        if value & bit:
            names.append('re.' + name)
            rest &= ~bit
    if rest:
        if not names:
            return 're.RegexFlag(%d)' % value
        names.append(hex(rest))
    return '|'.join(names)


def pattern_flags_repr(value):
    """The flags part of a pattern's repr, '' when there is nothing to show."""
    names = []
    rest = value
    for name, bit in PATTERN_REPR_ORDER:
        if value & bit:
            names.append('re.' + name)
            rest &= ~bit
    if rest:
        names.append(hex(rest))
    return '|'.join(names)


try:
    import enum as _enum
except ImportError:
    _enum = None

if _enum is not None:
    class RegexFlag(_enum.IntFlag):
        NOFLAG = 0
        ASCII = A = 256
        IGNORECASE = I = 2
        LOCALE = L = 4
        UNICODE = U = 32
        MULTILINE = M = 8
        DOTALL = S = 16
        VERBOSE = X = 64
        TEMPLATE = T = 1
        DEBUG = 128

        def __repr__(self):
            return flags_repr(self)

        __str__ = __repr__

        def __format__(self, spec):
            return str(self) if not spec else format(int(self), spec)

    RegexFlag.__module__ = 're'
    FLAGS = {name: RegexFlag[name] for name in RegexFlag.__members__}
else:
    RegexFlag = int
    FLAGS = {'NOFLAG': 0}
    for _name, _short, _value in FLAG_DEFS:
        FLAGS[_name] = _value
        if _short is not None:
            FLAGS[_short] = _value
