"""Building blocks of the enum module: auto(), member()/nonmember(),
enum.property, the class-body namespace (_EnumDict) and bit helpers."""

import sys

# ---------------------------------------------------------------- names

def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    # A name mangled by the compiler inside the class body: _Cls__name.
    prefix = '_%s__' % (cls_name,)
    return (len(name) > len(prefix) and name.startswith(prefix)
            and not name.endswith('__'))


def _is_internal_class(cls_name, obj):
    # A class statement nested directly in the enum's body.
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    expected = cls_name + '.' + getattr(obj, '__name__', '')
    return qualname == expected or qualname.endswith('.' + expected)


# ---------------------------------------------------------------- bits

def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _high_bit(value):
    """Index of the highest set bit (-1 for zero)."""
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    """Yield each set bit of a non-negative int as a power of two, lowest first."""
    while num:
        lowest = num & -num
        yield lowest
        num ^= lowest


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def _bin(num, max_bits=None):
    """Like bin(), but with the sign bit shown apart ('0b0 1010' for 10,
    '0b1 0110' for -10) and, optionally, padded to max_bits digits."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = bin(num + ceiling).replace('1', '0', 1)
    else:
        text = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


# ---------------------------------------------------------------- markers

class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Placeholder replaced by a generated value (see _generate_next_value_)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member(object):
    """Force `value` to become a member (e.g. a function)."""

    def __init__(self, value):
        self.value = value


class nonmember(object):
    """Keep `value` a plain class attribute, never a member."""

    def __init__(self, value):
        self.value = value


class property(object):
    """An attribute of members that, looked up on the class, finds the member
    of the same name instead (so members may be called 'name' or 'value')."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))
        self.name = getattr(fget, '__name__', None)
        self.clsname = None

    def getter(self, fget):
        result = type(self)(fget, self.fset, self.fdel, None if self.overwrite_doc else self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except (KeyError, AttributeError):
                raise AttributeError(self.name) from None
        if self.fget is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r'
                                     % (ownerclass, self.name)) from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.clsname, self.name))
        self.fdel(instance)


_ALLOWED_SUNDERS = ('_order_', '_generate_next_value_', '_numeric_repr_',
                    '_missing_', '_ignore_', '_iter_member_',
                    '_iter_member_by_value_', '_iter_member_by_def_')


class _EnumDict(dict):
    """The namespace of an enum class body: records which names become
    members (in order) and fills in auto() values as they are assigned."""

    def __init__(self):
        super().__init__()
        self._member_names = {}  # insertion-ordered set
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_internal_class(self._cls_name, value):
            import warnings
            warnings.warn("In 3.13 classes created inside an enum will not "
                          "become a member.  Use the `member` decorator to "
                          "keep the current behavior.", DeprecationWarning,
                          stacklevel=2)
        if _is_private(self._cls_name, key):
            pass  # an ordinary attribute
        elif _is_sunder(key):
            self._set_sunder(key, value)
            if key == '_ignore_':
                value = self._ignore
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            # auto() may stand alone or inside a plain tuple.  (The value is
            # generated right here so that a warning from a user's
            # _generate_next_value_ at stacklevel=3 points at the class body.)
            single = isinstance(value, auto)
            parts = (value,) if single else value
            from_auto = False
            if type(parts) is tuple and any(isinstance(v, auto) for v in parts):
                resolved = []
                for part in parts:
                    if isinstance(part, auto):
                        from_auto = True
                        if part.value is _auto_null:
                            part.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:])
                            self._auto_called = True
                        part = part.value
                        self._last_values.append(part)
                    resolved.append(part)
                value = resolved[0] if single else tuple(resolved)
            self._member_names[key] = None
            if not from_auto:
                self._last_values.append(value)
        super().__setitem__(key, value)

    def _set_sunder(self, key, value):
        if key not in _ALLOWED_SUNDERS:
            raise ValueError('_sunder_ names, such as %r, are reserved for '
                             'future Enum use' % (key,))
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError("_generate_next_value_ must be defined "
                                "before members")
            if isinstance(value, staticmethod):
                value = value.__func__
            self._generate_next_value = value
        elif key == '_ignore_':
            if isinstance(value, str):
                names = value.replace(',', ' ').split()
            else:
                names = list(value)
            already = set(names) & set(self._member_names)
            if already:
                raise ValueError('_ignore_ cannot specify already set names: '
                                 '%r' % (already,))
            self._ignore = names

    def update(self, members=(), **more_members):
        items = members.items() if hasattr(members, 'keys') else members
        for name, value in items:
            self[name] = value
        for name, value in more_members.items():
            self[name] = value


def _caller_module(depth):
    """__name__ of the module `depth` frames above our caller, or None."""
    getframe = getattr(sys, '_getframe', None)
    try:
        if getframe is not None:
            frame = getframe(depth + 1)
        else:
            try:
                raise Exception
            except Exception as exc:
                frame = exc.__traceback__.tb_frame
            for _ in range(depth + 1):
                frame = frame.f_back
        return frame.f_globals['__name__']
    except (AttributeError, ValueError, KeyError):
        return None
