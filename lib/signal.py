"""Python-level signal handlers: the native _signal module, with its numbers as enum members.

Signals, Handlers and Sigmasks are IntEnums made from _signal's constants; signal() and getsignal() give
their results back as members of them where they are one.
"""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _is_signal_name(name):
    return name.startswith('SIG') and not name.startswith('SIG_')


_IntEnum._convert_('Signals', __name__, _is_signal_name)
_IntEnum._convert_('Handlers', __name__, lambda name: name in ('SIG_DFL', 'SIG_IGN'))
_IntEnum._convert_('Sigmasks', __name__, lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _plain(value):
    # what _signal takes: enum members (anything int() accepts) as ints, handler functions as they are
    try:
        return int(value)
    except (TypeError, ValueError):
        return value


def _member(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


def signal(signalnum, handler):
    """Set the handler of signal signalnum (a callable, SIG_IGN or SIG_DFL); returns the previous one."""
    return _member(_signal.signal(_plain(signalnum), _plain(handler)), Handlers)


def getsignal(signalnum):
    """The current handler of signal signalnum."""
    return _member(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    """The set of signal numbers valid on this platform."""
    return {_member(n, Signals) for n in _signal.valid_signals()}


del _IntEnum
