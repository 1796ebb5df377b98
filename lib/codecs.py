"""Codec registry and base classes, written for gilt.

codecs.lookup(name) finds a CodecInfo: first through functions given to
register(), then among the text codecs str.encode knows (utf-8, latin-1,
utf-16, ...), then the bytes-to-bytes and str-to-str codecs written here
(hex, base64, zlib, rot13).
"""

import _codecs
import sys

__all__ = ['register', 'unregister', 'lookup', 'encode', 'decode',
           'getencoder', 'getdecoder', 'getincrementalencoder',
           'getincrementaldecoder', 'iterencode', 'iterdecode',
           'CodecInfo', 'Codec', 'IncrementalEncoder', 'IncrementalDecoder',
           'BufferedIncrementalDecoder', 'register_error', 'lookup_error',
           'strict_errors', 'ignore_errors', 'replace_errors',
           'xmlcharrefreplace_errors', 'backslashreplace_errors',
           'BOM', 'BOM_BE', 'BOM_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_BE',
           'BOM_UTF16_LE', 'BOM_UTF32', 'BOM_UTF32_BE', 'BOM_UTF32_LE']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM_UTF16 = BOM = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM_UTF16 = BOM = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE


class CodecInfo(tuple):
    """What lookup() returns: (encode, decode, streamreader, streamwriter),
    with the codec's name and incremental classes as attributes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return (f'<{self.__class__.__module__}.{self.__class__.__qualname__} '
                f'object for encoding {self.name} at {id(self):#x}>')


class Codec:
    """A stateless encoder/decoder pair: encode(input, errors) and
    decode(input, errors) each return (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    """Decodes input given in pieces."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes its _buffer_decode
    could not use yet (an incomplete character) for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# ---- the registry ---------------------------------------------------------

_search_functions = []
_cache = {}


def register(search_function):
    """Register a function that maps a normalized encoding name to a
    CodecInfo (or None)."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    """Remove a search function registered with register()."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def _normalize(name):
    """Lowercase, with runs of punctuation other than '.' made one '_'."""
    chars = []
    punct = False
    for ch in name:
        if ch.isalnum() or ch == '.':
            if punct and chars:
                chars.append('_')
            chars.append(ch)
            punct = False
        else:
            punct = True
    return ''.join(chars).lower()


def lookup(encoding):
    """The CodecInfo of an encoding, or LookupError."""
    if not isinstance(encoding, str):
        raise TypeError(f'lookup() argument must be str, not '
                        f'{type(encoding).__name__}')
    key = encoding.lower().replace(' ', '-')
    info = _cache.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError('codec search functions must return 4-tuples')
            break
    else:
        info = _builtin_codec(encoding)
    _cache[key] = info
    return info


def _builtin_codec(encoding):
    maker = _NON_TEXT_CODECS.get(_normalize(encoding))
    if maker is not None:
        return maker()
    try:
        name = _codecs._text_codec_name(encoding)
    except LookupError:
        raise LookupError(f'unknown encoding: {encoding}') from None
    return _text_codec(name)


def _wrap_codec_error(exc, action, encoding):
    """CPython re-raises a plain codec failure as the same type, naming the
    codec; other exceptions pass unchanged."""
    if isinstance(exc, UnicodeError) or len(exc.args) > 1 or getattr(exc, '__dict__', None):
        return exc
    try:
        wrapped = type(exc)(f"{action} with {encoding!r} codec failed "
                            f"({type(exc).__name__}: {exc})")
    except Exception:
        return exc
    wrapped.__cause__ = exc
    return wrapped


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    encoder = lookup(encoding).encode
    try:
        result = encoder(obj, errors)
    except Exception as exc:
        wrapped = _wrap_codec_error(exc, 'encoding', encoding)
        if wrapped is exc:
            raise
        raise wrapped from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    decoder = lookup(encoding).decode
    try:
        result = decoder(obj, errors)
    except Exception as exc:
        wrapped = _wrap_codec_error(exc, 'decoding', encoding)
        if wrapped is exc:
            raise
        raise wrapped from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for item in iterator:
        output = encoder.encode(item)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for item in iterator:
        output = decoder.decode(item)
        if output:
            yield output
    output = decoder.decode(b'', True)
    if output:
        yield output


# ---- error handlers ---------------------------------------------------------

def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def _error_span(exc):
    if not isinstance(exc, UnicodeError):
        raise TypeError(f"don't know how to handle {type(exc).__name__} "
                        f"in error callback")
    return exc.start, exc.end


def ignore_errors(exc):
    return '', _error_span(exc)[1]


def replace_errors(exc):
    start, end = _error_span(exc)
    if isinstance(exc, UnicodeDecodeError):
        return '\ufffd', end
    return '?' * (end - start), end


def backslashreplace_errors(exc):
    start, end = _error_span(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ''.join(f'\\x{b:02x}' for b in exc.object[start:end]), end
    return exc.object[start:end].encode('ascii', 'backslashreplace').decode('ascii'), end


def xmlcharrefreplace_errors(exc):
    start, end = _error_span(exc)
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError(f"don't know how to handle {type(exc).__name__} "
                        f"in error callback")
    return ''.join(f'&#{ord(c)};' for c in exc.object[start:end]), end


_error_handlers = {
    'strict': strict_errors, 'ignore': ignore_errors,
    'replace': replace_errors, 'backslashreplace': backslashreplace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
}


def register_error(name, handler):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError(f'unknown error handler name {name!r}') from None


# ---- text codecs (str <-> bytes, through str.encode and bytes.decode) -------

# the names of CPython's _codecs functions, which its type errors mention
_FUNCTION_STEMS = {'iso8859-1': 'latin_1', 'cp1252': 'charmap'}


def _as_bytes(input):
    try:
        return memoryview(input).tobytes()
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not "
                        f"'{type(input).__name__}'") from None


def _text_codec(name):
    stem = _FUNCTION_STEMS.get(name, name.replace('-', '_'))

    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError(f'{stem}_encode() argument 1 must be str, not '
                            f'{type(input).__name__}')
        return input.encode(name, errors), len(input)

    def decode(input, errors='strict'):
        data = _as_bytes(input)
        return data.decode(name, errors), len(data)

    class TextIncrementalEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            # a BOM-writing codec writes it once, at the start
            out = input.encode(name, self.errors)
            if self.buffer == 'started' and name in ('utf-16', 'utf-32', 'utf-8-sig'):
                out = out[{'utf-16': 2, 'utf-32': 4, 'utf-8-sig': 3}[name]:]
            if input:
                self.buffer = 'started'
            return out

        def reset(self):
            self.buffer = ''

    class TextIncrementalDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            try:
                return input.decode(name, errors), len(input)
            except UnicodeDecodeError as exc:
                # an incomplete character at the end waits for more input
                if final or exc.end != len(input):
                    raise
                return input[:exc.start].decode(name, errors), exc.start

    return CodecInfo(encode, decode, name=name,
                     incrementalencoder=TextIncrementalEncoder,
                     incrementaldecoder=TextIncrementalDecoder)


# ---- bytes-to-bytes and str-to-str codecs -----------------------------------

def _stateless_incremental(encode, decode):
    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    return Encoder, Decoder


def _binary_codec(name, encode_bytes, decode_bytes):
    def encode(input, errors='strict'):
        if errors != 'strict':
            raise ValueError(f'Unsupported error handling mode: "{errors}" - must be "strict"')
        return encode_bytes(input), len(input)

    def decode(input, errors='strict'):
        if errors != 'strict':
            raise ValueError(f'Unsupported error handling mode: "{errors}" - must be "strict"')
        return decode_bytes(input), len(input)

    enc, dec = _stateless_incremental(encode, decode)
    return CodecInfo(encode, decode, name=name, incrementalencoder=enc,
                     incrementaldecoder=dec, _is_text_encoding=False)


def _hex_codec():
    import binascii
    return _binary_codec('hex', binascii.b2a_hex, binascii.a2b_hex)


def _base64_codec():
    import binascii
    return _binary_codec('base64', binascii.b2a_base64, binascii.a2b_base64)


def _zlib_codec():
    import zlib
    return _binary_codec('zlib', zlib.compress, zlib.decompress)


_ROT13 = str.maketrans(
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
    'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def _rot13_codec():
    def rot13(input, errors='strict'):
        return str.translate(input, _ROT13), len(input)

    enc, dec = _stateless_incremental(rot13, rot13)
    return CodecInfo(rot13, rot13, name='rot-13', incrementalencoder=enc,
                     incrementaldecoder=dec, _is_text_encoding=False)


_NON_TEXT_CODECS = {
    'hex': _hex_codec, 'hex_codec': _hex_codec,
    'base64': _base64_codec, 'base_64': _base64_codec, 'base64_codec': _base64_codec,
    'zlib': _zlib_codec, 'zip': _zlib_codec, 'zlib_codec': _zlib_codec,
    'rot13': _rot13_codec, 'rot_13': _rot13_codec,
}
