"""JSON text -> Python objects: JSONDecoder, JSONDecodeError, scanstring.

The scanner is a hand-written recursive-descent parser; error messages and
positions follow CPython's (C) scanner."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

_WHITESPACE = ' \t\n\r'
_WHITESPACE_SET = frozenset(_WHITESPACE)
_ASCII_DIGITS = '0123456789'
_HEX_DIGITS = '0123456789abcdefABCDEF'

_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t'}


class JSONDecodeError(ValueError):
    """ValueError subclass with the position of a JSON syntax error.

    msg: the bare message; doc: the document; pos: index of the error;
    lineno, colno: 1-based line and column of pos."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_space(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


def _hex4(s, pos):
    """The value of the 4 hex digits after the 'u' at s[pos], else error."""
    digits = s[pos + 1:pos + 5]
    if len(digits) != 4 or any(c not in _HEX_DIGITS for c in digits):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)
    return int(digits, 16)


# Deleting the control characters shows whether a chunk contains any.
_CONTROL_DELETE = {code: None for code in range(0x20)}


def scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end] (just after the
    opening quote).  Returns (text, index after the closing quote)."""
    begin = end - 1
    n = len(s)
    chunks = []
    i = end
    # Fast path: a string without escapes (most of them).
    quote = s.find('"', i)
    if quote >= 0 and s.find('\\', i, quote) < 0:
        chunk = s[i:quote]
        if not strict or chunk.isprintable() or \
                len(chunk.translate(_CONTROL_DELETE)) == len(chunk):
            return chunk, quote + 1
    while True:
        # The plain text up to the next quote or backslash, in one slice.
        quote = s.find('"', i)
        backslash = s.find('\\', i, quote if quote >= 0 else n)
        j = backslash if backslash >= 0 else (quote if quote >= 0 else n)
        chunk = s[i:j]
        if strict and len(chunk.translate(_CONTROL_DELETE)) != len(chunk):
            for k, c in enumerate(chunk):
                if c < ' ':
                    raise JSONDecodeError("Invalid control character at", s, i + k)
        if j >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if chunk:
            chunks.append(chunk)
        if s[j] == '"':
            return ''.join(chunks), j + 1
        # A backslash escape.
        if j + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[j + 1]
        if esc != 'u':
            char = _SIMPLE_ESCAPES.get(esc)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, j)
            chunks.append(char)
            i = j + 2
            continue
        code = _hex4(s, j + 1)
        i = j + 6
        # A high surrogate followed by an escaped low one is one character.
        if 0xd800 <= code <= 0xdbff and s[i:i + 2] == '\\u':
            low = _hex4(s, i + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                i += 6
        chunks.append(chr(code))


def _match_number(s, i):
    """Match -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)? at s[i].
    Returns (integer, fraction, exponent, end) or None."""
    n = len(s)
    start = i
    if i < n and s[i] == '-':
        i += 1
    if i < n and s[i] == '0':
        i += 1
    elif i < n and s[i] in '123456789':
        while i < n and s[i] in _ASCII_DIGITS:
            i += 1
    else:
        return None
    integer = s[start:i]
    frac = exp = ''
    if i + 1 < n and s[i] == '.' and s[i + 1] in _ASCII_DIGITS:
        j = i + 1
        while j < n and s[j] in _ASCII_DIGITS:
            j += 1
        frac = s[i:j]
        i = j
    if i < n and s[i] in 'eE':
        j = i + 1
        if j < n and s[j] in '+-':
            j += 1
        if j < n and s[j] in _ASCII_DIGITS:
            while j < n and s[j] in _ASCII_DIGITS:
                j += 1
            exp = s[i:j]
            i = j
    return integer, frac, exp, i


def make_scanner(context):
    """Return scan_once(string, idx) -> (value, end) for a decoder-like
    `context`; it raises StopIteration(idx) when no value starts at idx.

    Nesting is tracked with an explicit stack rather than recursion, and
    RecursionError is raised at about the depth where CPython's recursive
    C scanner gives up."""
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    strict = context.strict
    memo = {}

    def scan_scalar(s, i):
        c = s[i:i + 1]
        if c == '"':
            return scanstring(s, i + 1, strict)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        number = _match_number(s, i)
        if number is not None:
            integer, frac, exp, end = number
            if frac or exp:
                return parse_float(integer + frac + exp), end
            return parse_int(integer), end
        for name in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(name, i):
                return parse_constant(name), i + len(name)
        raise StopIteration(i)

    def scan_key(s, i):
        # At the start of `"key" :`; returns (key, index of the value).
        if s[i:i + 1] != '"':
            raise JSONDecodeError("Expecting property name enclosed in "
                                  "double quotes", s, i)
        key, i = scanstring(s, i + 1, strict)
        key = memo.setdefault(key, key)
        i = _skip_space(s, i)
        if s[i:i + 1] != ':':
            raise JSONDecodeError("Expecting ':' delimiter", s, i)
        return key, _skip_space(s, i + 1)

    def finish_object(pairs):
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs)
        result = dict(pairs)
        if object_hook is not None:
            result = object_hook(result)
        return result

    def scan(s, i):
        # Open containers, innermost last: [is_object, items, pending key].
        stack = []
        max_depth = _max_depth()
        while True:
            c = s[i:i + 1]
            if c == '{' or c == '[':
                if len(stack) >= max_depth:
                    raise RecursionError(
                        'maximum recursion depth exceeded while decoding a '
                        'JSON %s from a unicode string'
                        % ('object' if c == '{' else 'array'))
                i = _skip_space(s, i + 1)
                if c == '{':
                    if s[i:i + 1] == '}':
                        value, i = finish_object([]), i + 1
                    else:
                        key, i = scan_key(s, i)
                        stack.append([True, [], key])
                        continue
                elif s[i:i + 1] == ']':
                    value, i = [], i + 1
                else:
                    stack.append([False, [], None])
                    continue
            else:
                try:
                    value, i = scan_scalar(s, i)
                except StopIteration as err:
                    if not stack:
                        raise
                    raise JSONDecodeError("Expecting value", s, err.value) from None

            # Store the value; close every container that ends here.
            while stack:
                top = stack[-1]
                is_object, items, key = top
                items.append((key, value) if is_object else value)
                c = s[i:i + 1]
                if c in _WHITESPACE_SET:
                    i = _skip_space(s, i)
                    c = s[i:i + 1]
                if c == ',':
                    i += 1
                    if s[i:i + 1] in _WHITESPACE_SET:
                        i = _skip_space(s, i)
                    if is_object:
                        top[2], i = scan_key(s, i)
                    break
                if c == ('}' if is_object else ']'):
                    stack.pop()
                    value = finish_object(items) if is_object else items
                    i += 1
                    continue
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            else:
                return value, i

    def scan_once(string, idx):
        try:
            return scan(string, idx)
        finally:
            memo.clear()

    return scan_once


def _max_depth():
    try:
        import sys
        return sys.getrecursionlimit()
    except (ImportError, AttributeError):
        return 1000


class JSONDecoder(object):
    """Decode JSON text into Python objects:

        object -> dict, array -> list, string -> str, number -> int/float,
        true/false -> True/False, null -> None; NaN, Infinity and -Infinity
        are accepted as floats too.

    object_hook(dict) / object_pairs_hook(list of pairs) replace decoded
    objects (the pairs hook wins when both are given); parse_float,
    parse_int and parse_constant receive the literal text; strict=False
    allows control characters inside strings."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=None):
        """The Python value of the JSON document `s` (a str)."""
        obj, end = self.raw_decode(s, idx=_skip_space(s, 0))
        end = _skip_space(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode one JSON value starting at s[idx]; return (value, end)
        so that trailing text can be handled by the caller."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
