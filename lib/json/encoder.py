"""Python objects -> JSON text: JSONEncoder and the string escapers."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

# Short escapes JSON defines; other control characters become \u00XX.
_SHORT_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
                  '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _escape_char(c):
    short = _SHORT_ESCAPES.get(c)
    if short is not None:
        return short
    code = ord(c)
    if code < 0x10000:
        return '\\u{0:04x}'.format(code)
    # Outside the BMP: a UTF-16 surrogate pair.
    code -= 0x10000
    return '\\u{0:04x}\\u{1:04x}'.format(0xd800 | (code >> 10),
                                         0xdc00 | (code & 0x3ff))


# str.translate tables: every character that must be escaped -> its escape.
_BASIC_TABLE = {code: _escape_char(chr(code)) for code in range(0x20)}
_BASIC_TABLE[ord('"')] = '\\"'
_BASIC_TABLE[ord('\\')] = '\\\\'
_ASCII_TABLE = dict(_BASIC_TABLE)
_ASCII_TABLE[0x7f] = _escape_char('\x7f')


def encode_basestring(s):
    """s as a JSON string literal, keeping non-ASCII characters."""
    return '"' + s.translate(_BASIC_TABLE) + '"'


def encode_basestring_ascii(s):
    """s as a pure-ASCII JSON string literal (\\uXXXX for the rest)."""
    if s.isascii():
        return '"' + s.translate(_ASCII_TABLE) + '"'
    parts = ['"']
    start = 0
    for i, c in enumerate(s):
        if not (' ' <= c <= '~') or c == '"' or c == '\\':
            parts.append(s[start:i])
            parts.append(_escape_char(c))
            start = i + 1
    parts.append(s[start:])
    parts.append('"')
    return ''.join(parts)


class JSONEncoder(object):
    """Encode Python data as JSON:

        dict -> object, list/tuple -> array, str -> string,
        int/float (and subclasses such as IntEnum) -> number,
        True/False -> true/false, None -> null.

    Override default(o) (or pass default=) to encode other types.
    Options: skipkeys (drop keys that are not str/int/float/bool/None
    instead of raising TypeError), ensure_ascii, check_circular, allow_nan
    (else ValueError for nan/inf), sort_keys, indent (int or str; pretty
    print), separators ((item_separator, key_separator))."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','  # the newline follows the comma
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable stand-in for `o`, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of `o` as one string."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text of `o` in pieces (for writing to a stream)."""
        return _make_iterencode(self)(o, 0)


def _make_iterencode(encoder):
    """Build the generator that writes one value for this encoder.

    The options are bound once into closures: this is the hot loop of
    json.dumps, so each element costs as few lookups as possible."""
    markers = {} if encoder.check_circular else None
    escape = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
    indent = encoder.indent
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    item_separator = encoder.item_separator
    key_separator = encoder.key_separator
    allow_nan = encoder.allow_nan
    sort_keys = encoder.sort_keys
    skipkeys = encoder.skipkeys
    default = encoder.default
    int_repr = int.__repr__
    float_repr = float.__repr__

    def float_text(o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float_repr(o)
        if not allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def scalar_text(o):
        # The text of a str/None/bool/int/float, or None for other types.
        if isinstance(o, str):
            return escape(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int_repr(o)  # int subclasses (IntEnum ...) as numbers
        if isinstance(o, float):
            return float_text(o)
        return None

    def key_text(key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int_repr(key)
        if skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def enter(o):
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = o

    def leave(o):
        if markers is not None:
            del markers[id(o)]

    def layout(level):
        # (after the opening bracket, between items, before the closing one)
        if indent is None:
            return '', item_separator, ''
        newline = '\n' + indent * (level + 1)
        return newline, item_separator + newline, '\n' + indent * level

    def encode_list(lst, level):
        if not lst:
            yield '[]'
            return
        enter(lst)
        first, separator, last = layout(level)
        prefix = '[' + first
        for value in lst:
            text = scalar_text(value)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from encode(value, level + 1)
            prefix = separator
        yield last + ']'
        leave(lst)

    def encode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        enter(dct)
        first, separator, last = layout(level)
        yield '{' + first
        items = sorted(dct.items()) if sort_keys else dct.items()
        prefix = ''
        for key, value in items:
            key = key_text(key)
            if key is None:
                continue  # skipkeys
            text = scalar_text(value)
            if text is not None:
                yield prefix + escape(key) + key_separator + text
            else:
                yield prefix + escape(key) + key_separator
                yield from encode(value, level + 1)
            prefix = separator
        yield last + '}'
        leave(dct)

    def encode(o, level):
        text = scalar_text(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from encode_list(o, level)
        elif isinstance(o, dict):
            yield from encode_dict(o, level)
        else:
            enter(o)
            yield from encode(default(o), level)
            leave(o)

    return encode
