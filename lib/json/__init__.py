"""JSON (RFC 8259) encoding and decoding.

    dumps(obj) / dump(obj, fp)  -> JSON text
    loads(s)   / load(fp)       -> Python objects
"""

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads',
           'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

# Byte order marks (spelled out: no need for the codecs module).
_BOM_UTF8 = b'\xef\xbb\xbf'
_BOM_UTF16 = (b'\xfe\xff', b'\xff\xfe')
_BOM_UTF32 = (b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _uses_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                   indent, separators, default, sort_keys, kw):
    return (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write `obj` as JSON to the text stream `fp` (see dumps for options)."""
    if _uses_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                      indent, separators, default, sort_keys, kw):
        encoder = _default_encoder
    else:
        if cls is None:
            cls = JSONEncoder
        encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                      check_circular=check_circular, allow_nan=allow_nan,
                      indent=indent, separators=separators, default=default,
                      sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Return `obj` as JSON text.

    skipkeys: skip dict keys that are not str/int/float/bool/None instead of
    raising TypeError.  ensure_ascii: escape non-ASCII characters.
    check_circular: detect reference cycles (else RecursionError).
    allow_nan: write NaN/Infinity (else ValueError).  indent: pretty-print
    with this many spaces (or this string) per level.  separators:
    (item_separator, key_separator).  default(o): returns a serializable
    version of an otherwise unsupported object.  sort_keys: sort dicts by
    key.  cls: a JSONEncoder subclass to use."""
    if _uses_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                      indent, separators, default, sort_keys, kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)


def detect_encoding(b):
    """Guess the Unicode encoding of JSON bytes from a BOM or the pattern
    of zero bytes at the start (JSON text begins with an ASCII character)."""
    bstartswith = b.startswith
    if bstartswith(_BOM_UTF32):
        return 'utf-32'
    if bstartswith(_BOM_UTF16):
        return 'utf-16'
    if bstartswith(_BOM_UTF8):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            # 00 00 -- -- : utf-32-be;  00 XX -- -- : utf-16-be
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            # XX 00 00 00 : utf-32-le;  XX 00 00 XX / XX 00 XX -- : utf-16-le
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Read JSON from the stream `fp` (see loads for options)."""
    return loads(fp.read(),
                 cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Decode the JSON document `s` (str, bytes or bytearray).

    object_hook(dict) and object_pairs_hook(list of (key, value)) replace
    each decoded object; parse_float, parse_int and parse_constant
    ('NaN', 'Infinity', '-Infinity') receive the literal's text; cls: a
    JSONDecoder subclass to use."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using "
                                  "utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or '
                            f'bytearray, not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')

    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
