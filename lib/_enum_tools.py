"""Decorators and checks for enumerations: unique, verify, global_enum,
and the EnumCheck constants (re-exported by the enum module)."""

import sys
from enum import Enum, Flag, FlagBoundary, StrEnum, ReprEnum
from _enum_support import _high_bit, _is_single_bit, _iter_bits_lsb


def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias."""
    duplicates = [(name, member.name)
                  for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ', '.join("%s -> %s" % pair for pair in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


class EnumCheck(StrEnum):
    """Constraints verify() can check."""
    __module__ = 'enum'
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking EnumCheck constraints on an enumeration."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                _check_unique(enumeration)
            elif check is CONTINUOUS:
                _check_continuous(enumeration, kind)
            elif check is NAMED_FLAGS:
                _check_named_flags(enumeration)
        return enumeration


def _check_unique(enumeration):
    aliases = [(name, member.name)
               for name, member in enumeration.__members__.items()
               if name != member.name]
    if aliases:
        details = ', '.join("%s -> %s" % pair for pair in aliases)
        raise ValueError('aliases found in %r: %s' % (enumeration, details))


def _check_continuous(enumeration, kind):
    values = set(member.value for member in enumeration)
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == 'flag':
        # every power of two between the lowest and highest flag
        missing = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high))
                   if 2 ** i not in values]
    else:
        missing = [i for i in range(low + 1, high) if i not in values]
    if missing:
        message = 'invalid %s %r: missing values %s' % (
            kind, enumeration.__name__, ', '.join(str(m) for m in missing))
        raise ValueError(message[:256])  # bounded, however many are missing


def _check_named_flags(enumeration):
    canonical = enumeration._member_names_
    member_values = [member.value for member in enumeration]
    missing_names = []
    missing_value = 0
    for name, alias in enumeration._member_map_.items():
        if name in canonical or alias.value < 0:
            continue
        missed = [bit for bit in _iter_bits_lsb(alias.value) if bit not in member_values]
        if missed:
            missing_names.append(name)
            for bit in missed:
                missing_value |= bit
    if not missing_names:
        return
    if len(missing_names) == 1:
        alias = 'alias %s is missing' % missing_names[0]
    else:
        alias = 'aliases %s and %s are missing' % (
            ', '.join(missing_names[:-1]), missing_names[-1])
    if _is_single_bit(missing_value):
        value = 'value 0x%x' % missing_value
    else:
        value = 'combined values of 0x%x' % missing_value
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) '
                     'for details]' % (enumeration.__name__, alias, value))


# ---------------------------------------------------------------- global enums

def global_enum_repr(self):
    """repr() as a module-level constant: 'module.NAME'."""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """repr() of a module-level flag: 'module.A|module.B'."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return "%s.%s(%r)" % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not FlagBoundary.KEEP:
        return '|'.join('%s.%s' % (module, name) for name in self.name.split('|'))
    parts = []
    for name in self._name_.split('|'):
        # unnamed bits kept by KEEP appear as numbers
        parts.append(name if name[0].isdigit() else '%s.%s' % (module, name))
    return '|'.join(parts)


def global_str(self):
    """str() of a module-level constant: just its name."""
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: repr/str as module constants, and export the members
    into the defining module's namespace."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator turning a plain class body into an enum of etype."""
    def convert_class(cls):
        metacls = type(etype)
        body = metacls.__prepare__(cls.__name__, (etype,))
        for name, value in cls.__dict__.items():
            if name in ('__dict__', '__weakref__'):
                continue
            body[name] = value
        kwds = {} if boundary is None else {'boundary': boundary}
        return metacls(cls.__name__, (etype,), body, **kwds)
    return convert_class


def _test_simple_enum(checked_enum, simple_enum):
    """Raise TypeError if two enums differ in their members."""
    checked = {name: member._value_ for name, member in checked_enum.__members__.items()}
    simple = {name: member._value_ for name, member in simple_enum.__members__.items()}
    if checked != simple:
        raise TypeError('enum mismatch:\n   %r\n   %r' % (checked, simple))
