"""Test-only stand-in for gilt's native module _gilt_sre, built on CPython's own re.

It lets lib/re (gilt's Python-level re module) run under CPython: see test_lib_re.py.
Same interface as the native module:
    compile(pattern, flags, error_class) -> handle
    info(handle) -> (groups, groupindex, flags)
    exec(handle, string, pos, endpos, mode) -> tuple of ints or None
    template(handle, repl) -> list of literals and group numbers
"""

import re as _cpython_re
from re import _parser


class _Handle:
    """A compiled pattern and the error class to raise for bad templates."""

    __slots__ = ('compiled', 'error_class')

    def __init__(self, compiled, error_class):
        self.compiled = compiled
        self.error_class = error_class


def compile(pattern, flags, error_class):
    try:
        return _Handle(_cpython_re.compile(pattern, flags), error_class)
    except _cpython_re.error as e:
        raise error_class(e.msg, e.pattern, e.pos) from None


def info(handle):
    p = handle.compiled
    return p.groups, dict(p.groupindex), p.flags


def _spans(m):
    if m is None:
        return None
    out = []
    for start, end in m.regs:
        out += [start, end]
    out.append(-1 if m.lastindex is None else m.lastindex)
    return tuple(out)


def exec(handle, string, pos, endpos, mode):
    handle = handle.compiled
    if mode == 0:
        return _spans(handle.match(string, pos, endpos))
    if mode == 1:
        return _spans(handle.search(string, pos, endpos))
    if mode == 2:
        return _spans(handle.fullmatch(string, pos, endpos))
    # Search that refuses an empty match at pos: CPython's scanner does exactly that on the
    # search after an empty match.
    scanner = handle.scanner(string, pos, endpos)
    m = scanner.search()
    if m is not None and m.start() == m.end() == pos:
        m = scanner.search()
    return _spans(m)


def template(handle, repl):
    try:
        groups, literals = _parser.parse_template(repl, handle.compiled)
    except _cpython_re.error as e:
        raise handle.error_class(e.msg, e.pattern, e.pos) from None
    parts = list(literals)
    for index, group in groups:
        parts[index] = group
    return [part for part in parts if part is not None and part != '' and part != b'']
