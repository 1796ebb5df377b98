"""Base16, Base32 and Base64 encodings (RFC 4648), for gilt.

Base64 and hex go through binascii; Base32 is done here.  (Ascii85 and
Base85 are not implemented.)
"""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76                      # characters per line of encodebytes()
MAXBINSIZE = (MAXLINESIZE // 4) * 3   # input bytes per line


def _bytes_from_decode_data(s):
    """The bytes of a decoder's input: a bytes-like object or an ASCII str."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


def _input_type_check(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        msg = "expected bytes-like object, not %s" % s.__class__.__name__
        raise TypeError(msg) from err
    if m.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s"
                        % (m.format, s.__class__.__name__))
    if m.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s"
                        % (m.ndim, s.__class__.__name__))


# ---- Base64 -------------------------------------------------------------------

def b64encode(s, altchars=None):
    """Base64-encode a bytes-like object; altchars (2 bytes) replace '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64.  Characters outside the alphabet are skipped unless
    validate is true, in which case they are an error (binascii.Error)."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Base64-encode with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode standard Base64."""
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Base64-encode with '-' and '_' instead of '+' and '/'."""
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    """Decode the URL- and filename-safe Base64 alphabet."""
    s = _bytes_from_decode_data(s)
    s = s.translate(_urlsafe_decode_translation)
    return b64decode(s)


# ---- Base32 -------------------------------------------------------------------

_B32_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_HEX_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Base32 pads the last group of 8 characters; how many of them are padding
# for a final group of 1, 2, 3 or 4 input bytes:
_B32_PADDING = {1: 6, 2: 4, 3: 3, 4: 1}
# and, the other way, how many bytes a final group with that much padding holds:
_B32_TAIL_BYTES = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        out += bytes(alphabet[(n >> shift) & 31] for shift in range(35, -5, -5))
    tail = len(s) % 5
    if tail:
        pad = _B32_PADDING[tail]
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    padding = total - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    decoded = bytearray()
    n = 0
    for i in range(0, len(s), 8):
        n = 0
        for c in s[i:i + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            n = (n << 5) | v
        decoded += n.to_bytes(5, 'big')
    if padding not in _B32_TAIL_BYTES:
        raise binascii.Error('Incorrect padding')
    if padding and decoded:
        # the last group was short: shift its bits into place, keep its bytes
        last = (n << (5 * padding)).to_bytes(5, 'big')
        decoded[-5:] = last[:_B32_TAIL_BYTES[padding]]
    return bytes(decoded)


def b32encode(s):
    """Base32-encode a bytes-like object."""
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32.  casefold accepts lowercase; map01 says which letter
    (I or L) the digit 1 stands for, and maps the digit 0 to O."""
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    """Base32-encode with the extended hex alphabet (RFC 4648 section 7)."""
    return _b32encode(_B32_HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    """Decode the extended hex Base32 alphabet."""
    return _b32decode(_B32_HEX_ALPHABET, s, casefold)


# ---- Base16 -------------------------------------------------------------------

def b16encode(s):
    """Base16 (uppercase hex) encoding."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16; lowercase digits are accepted only with casefold."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- the legacy line-oriented interface ---------------------------------------

def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending with a newline."""
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    """Decode lines of Base64."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Base64-encode the binary file input into the file output, in lines."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode the Base64 lines of the binary file input into output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
