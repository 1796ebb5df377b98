"""Support for regular expressions (RE), as in CPython 3.11.

gilt's own implementation: the matching engine is native (module _gilt_sre, written in
TypeScript); this module provides the Python API on top of it: compile, match, search,
fullmatch, findall, finditer, sub, subn, split, escape, purge, error, the flags, and the
Pattern and Match types.

_gilt_sre's interface:
    compile(pattern, flags, error_class) -> handle   raises error_class(msg, pattern, pos)
    info(handle) -> (groups, groupindex, flags)
    exec(handle, string, pos, endpos, mode) -> (start0, end0, start1, end1, ..., lastindex)
        or None; mode 0 match, 1 search, 2 fullmatch, 3 search refusing an empty match at pos
    template(handle, repl) -> [literal or group number, ...]   raises error_class
"""

import _gilt_sre

from ._flags import RegexFlag, FLAGS as _FLAGS, pattern_flags_repr as _pattern_flags_repr

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

globals().update(_FLAGS)

_MATCH, _SEARCH, _FULLMATCH, _SEARCH_ADVANCE = 0, 1, 2, 3
_UNICODE = 32
_TYPE_FLAGS = 4 | 32 | 256  # LOCALE | UNICODE | ASCII
_DEBUG = 128
_TEMPLATE = 1


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the unformatted message), pattern, pos (index in the pattern where
    compilation failed, may be None), lineno and colno (may be None).
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'


def _as_index(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


def _engine_text(string):
    """The subject as the engine takes it: str or bytes (other buffers are copied once)."""
    if isinstance(string, (str, bytes)):
        return string
    if isinstance(string, bytearray):
        return bytes(string)
    try:
        view = memoryview(string)
    except TypeError:
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(string).__name__) from None
    return view.tobytes()


def _bounds(length, pos, endpos):
    pos = _as_index(pos)
    pos = 0 if pos < 0 else length if pos > length else pos
    if endpos is None:
        return pos, length
    endpos = _as_index(endpos)
    endpos = 0 if endpos < 0 else length if endpos > length else endpos
    return pos, endpos


class Pattern:
    """A compiled regular expression."""

    __slots__ = ('pattern', 'flags', 'groups', '_groupindex', '_handle', '_isbytes',
                 '_templates', '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @classmethod
    def _compile(cls, pattern, flags):
        self = object.__new__(cls)
        self._handle = _gilt_sre.compile(pattern, flags, error)
        groups, groupindex, all_flags = _gilt_sre.info(self._handle)
        self.pattern = pattern
        self.flags = all_flags
        self.groups = groups
        self._groupindex = dict(groupindex)
        self._isbytes = not isinstance(pattern, str)
        self._templates = {}
        return self

    @property
    def groupindex(self):
        """A read-only mapping of group names to group numbers."""
        if not self._groupindex:
            return {}
        return _mapping_proxy(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if not self._isbytes and flags & _TYPE_FLAGS == _UNICODE:
            flags &= ~_UNICODE
        text = repr(self.pattern)[:200]
        shown = _pattern_flags_repr(flags)
        return 're.compile(%s, %s)' % (text, shown) if shown else 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and self._isbytes == other._isbytes
                and self.pattern == other.pattern)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    # --- matching -------------------------------------------------------------------------

    def _text(self, string):
        text = _engine_text(string)
        if isinstance(text, str):
            if self._isbytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
        elif not self._isbytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return text

    def _run(self, string, pos, endpos, mode):
        text = self._text(string)
        pos, endpos = _bounds(len(text), pos, endpos)
        spans = _gilt_sre.exec(self._handle, text, pos, endpos, mode)
        if spans is None:
            return None
        return Match._new(self, string, text, pos, endpos, spans)

    def match(self, string, pos=0, endpos=None):
        """Matches zero or more characters at the beginning of the string."""
        return self._run(string, pos, endpos, _MATCH)

    def fullmatch(self, string, pos=0, endpos=None):
        """Matches against all of the string."""
        return self._run(string, pos, endpos, _FULLMATCH)

    def search(self, string, pos=0, endpos=None):
        """Scans through string looking for a match, and returns the first one."""
        return self._run(string, pos, endpos, _SEARCH)

    def _spans(self, text, pos, endpos, limit=0):
        """Yields the engine's answer for each successive match (finditer's rules for empty
        matches: after an empty match the next may not be empty at the same place)."""
        handle = self._handle
        mode = _SEARCH
        found = 0
        while pos <= endpos and (limit <= 0 or found < limit):
            spans = _gilt_sre.exec(handle, text, pos, endpos, mode)
            if spans is None:
                return
            found += 1
            yield spans
            start, end = spans[0], spans[1]
            mode = _SEARCH_ADVANCE if start == end else _SEARCH
            pos = end

    def finditer(self, string, pos=0, endpos=None):
        """Returns an iterator over all matches, each a Match object."""
        text = self._text(string)
        pos, endpos = _bounds(len(text), pos, endpos)
        return _Matches(self, string, text, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        """Returns a list of all matches: whole matches, or the group, or tuples of groups."""
        text = self._text(string)
        pos, endpos = _bounds(len(text), pos, endpos)
        empty = text[:0]
        groups = self.groups
        result = []
        for spans in self._spans(text, pos, endpos):
            if groups == 0:
                result.append(text[spans[0]:spans[1]])
            elif groups == 1:
                result.append(text[spans[2]:spans[3]] if spans[2] >= 0 else empty)
            else:
                result.append(tuple(text[spans[2 * g]:spans[2 * g + 1]] if spans[2 * g] >= 0 else empty
                                    for g in range(1, groups + 1)))
        return result

    def split(self, string, maxsplit=0):
        """Splits string by the occurrences of the pattern (and returns the groups too)."""
        maxsplit = _as_index(maxsplit)
        text = self._text(string)
        if maxsplit < 0:
            return [text]
        groups = self.groups
        result = []
        last = 0
        for spans in self._spans(text, 0, len(text), maxsplit):
            result.append(text[last:spans[0]])
            for g in range(1, groups + 1):
                start = spans[2 * g]
                result.append(text[start:spans[2 * g + 1]] if start >= 0 else None)
            last = spans[1]
        result.append(text[last:])
        return result

    def sub(self, repl, string, count=0):
        """Returns the string with the leftmost non-overlapping matches replaced by repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Like sub(), but returns (new_string, number_of_subs_made)."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        count = _as_index(count)
        text = self._text(string)
        if callable(repl):
            expand = repl
        else:
            parts = self._template(repl)
            if len(parts) == 1 and not isinstance(parts[0], int):
                literal = parts[0]
                expand = lambda m: literal
            elif not parts:
                expand = lambda m: text[:0]
            else:
                expand = lambda m: m._expand_parts(parts)
        if count < 0:
            return text[:0].join([text]), 0
        # Empty slices are left out, so that a type error names the same item as CPython's.
        pieces = []
        last = 0
        n = 0
        length = len(text)
        for spans in self._spans(text, 0, length, count):
            if spans[0] > last:
                pieces.append(text[last:spans[0]])
            item = expand(Match._new(self, string, text, 0, length, spans))
            if item is not None:
                pieces.append(item)
            last = spans[1]
            n += 1
        if last < length:
            pieces.append(text[last:])
        return text[:0].join(pieces), n

    def _template(self, repl):
        """The parsed replacement template (cached): literal chunks and group numbers."""
        parts = self._templates.get(repl)
        if parts is None:
            if isinstance(repl, (str, bytes)) and (b'\\' if isinstance(repl, bytes) else '\\') not in repl:
                parts = [repl] if repl else []
            else:
                parts = _gilt_sre.template(self._handle, repl, error)
            if len(self._templates) >= _MAXCACHE:
                self._templates.clear()
            self._templates[repl] = parts
        return parts

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("re.Pattern.scanner is not supported by gilt")

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


class _Matches:
    """The iterator finditer returns."""

    __slots__ = ('_pattern', '_string', '_text', '_pos', '_endpos', '_spans')

    def __init__(self, pattern, string, text, pos, endpos):
        self._pattern = pattern
        self._string = string
        self._text = text
        self._pos = pos
        self._endpos = endpos
        self._spans = pattern._spans(text, pos, endpos)

    def __iter__(self):
        return self

    def __next__(self):
        spans = next(self._spans)
        return Match._new(self._pattern, self._string, self._text, self._pos, self._endpos, spans)


class Match:
    """The result of a successful match or search."""

    __slots__ = ('re', 'string', 'pos', 'endpos', '_text', '_spans', '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @classmethod
    def _new(cls, pattern, string, text, pos, endpos, spans):
        self = object.__new__(cls)
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._text = text
        self._spans = spans
        return self

    @property
    def lastindex(self):
        """The integer index of the last matched capturing group, or None."""
        last = self._spans[-1]
        return None if last < 0 else last

    @property
    def lastgroup(self):
        """The name of the last matched capturing group, or None."""
        last = self._spans[-1]
        if last < 0:
            return None
        for name, index in self.re._groupindex.items():
            if index == last:
                return name
        return None

    @property
    def regs(self):
        spans = self._spans
        return tuple((spans[2 * g], spans[2 * g + 1]) for g in range(self.re.groups + 1))

    def _index(self, group):
        if isinstance(group, int) or hasattr(type(group), '__index__'):
            index = _as_index(group)
        else:
            try:
                index = self.re._groupindex.get(group, -1)
            except TypeError:
                index = -1
        if index < 0 or index > self.re.groups:
            raise IndexError("no such group")
        return index

    def _get(self, index, default=None):
        start = self._spans[2 * index]
        if start < 0:
            return default
        return self._text[start:self._spans[2 * index + 1]]

    def group(self, *groups):
        """Returns one or more subgroups of the match (group 0 is the whole match)."""
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        """A tuple of all the subgroups; default stands for groups that did not match."""
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """A dictionary of the named subgroups, keyed by name."""
        return {name: self._get(index, default) for name, index in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return (self._spans[2 * index], self._spans[2 * index + 1])

    def expand(self, template):
        """Returns the string obtained by doing backslash substitution on template."""
        return self._expand_parts(self.re._template(template))

    def _expand_parts(self, parts):
        empty = self._text[:0]
        out = []
        for part in parts:
            if isinstance(part, int):
                value = self._get(part)
                if value is not None:
                    out.append(value)
            else:
                out.append(part)
        return empty.join(out)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._spans[0], self._spans[1], repr(self._get(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


Pattern.__module__ = 're'
Match.__module__ = 're'


def _mapping_proxy(mapping):
    try:
        from types import MappingProxyType
    except ImportError:
        return dict(mapping)
    return MappingProxyType(mapping)


def _generic_alias(cls, item):
    try:
        from types import GenericAlias
    except ImportError:
        return cls
    return GenericAlias(cls, item)


# --- the compile cache and the module-level functions -------------------------------------

_MAXCACHE = 512
_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & _FLAGS['TEMPLATE']:
        _deprecated("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag "
                    "without an obvious purpose. Don't use it.")
    compiled = Pattern._compile(pattern, flags)
    if not flags & _DEBUG:
        if len(_cache) >= _MAXCACHE:
            # Drop the oldest entry (dicts keep insertion order).
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = compiled
    return compiled


def _deprecated(message):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=4)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    _deprecated("The re.template() function is deprecated as it is an undocumented function "
                "without an obvious purpose. Use re.compile() instead.")
    return _compile(pattern, flags | _TEMPLATE)


# Characters that have a meaning in patterns (or in verbose patterns) and get a backslash.
_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return ''.join('\\' + ch if ch in _SPECIAL else ch for ch in pattern)
    text = str(pattern, 'latin1')
    return ''.join('\\' + ch if ch in _SPECIAL else ch for ch in text).encode('latin1')
