# _string (the str.format parser behind string.Formatter), binascii and base64.
import _string
import binascii
import base64

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(lambda: list(_string.formatter_parser("a{0!r:>5}b{}c{x.y[1]:{w}}}}{{")))
check(lambda: list(_string.formatter_parser("")))
check(lambda: list(_string.formatter_parser("{:{}}")))
check(lambda: list(_string.formatter_parser("{0:}{0!s}")))
check(lambda: list(_string.formatter_parser("}")))
check(lambda: list(_string.formatter_parser("{0!rr}")))
check(lambda: list(_string.formatter_parser("{a[}")))
check(lambda: _string.formatter_parser(1))
it = _string.formatter_parser("a{0}b{")
check(lambda: next(it))
check(lambda: next(it))
check(lambda: next(it))
print(type(_string.formatter_parser("")).__name__)
first, rest = _string.formatter_field_name_split("12.b[0][x]")
print(first, list(rest), type(rest).__name__)
first, rest = _string.formatter_field_name_split("a.b[0]x")
print(first)
check(lambda: next(rest))
check(lambda: next(rest))
check(lambda: next(rest))
check(lambda: [(a, list(b)) for a, b in [_string.formatter_field_name_split("")]])
check(lambda: _string.formatter_field_name_split(1))

check(lambda: binascii.hexlify(b"\x01\xab", "-"))
check(lambda: binascii.hexlify(b"\x01\xab\xcd", b":", 2))
check(lambda: binascii.hexlify("ab"))
check(lambda: binascii.b2a_hex(bytearray(b"z")))
check(lambda: binascii.unhexlify("0aFF"))
check(lambda: binascii.unhexlify(b"0"))
check(lambda: binascii.unhexlify("zz"))
check(lambda: binascii.unhexlify("é1"))
check(lambda: binascii.unhexlify(5))
check(lambda: binascii.a2b_hex(memoryview(b"00")))
check(lambda: binascii.b2a_base64(b"hello"))
check(lambda: binascii.b2a_base64(b"hello", newline=False))
check(lambda: binascii.b2a_base64(b""))
check(lambda: binascii.b2a_base64("x"))
for s in [b"aGVsbG8=", b"aGVsbG8", b"aGVsbA", b"aGVsb", b"a", b"aGVs\nbG8=", b"aGVsbG8=extra", b"=aGVs", b"aG=Vs",
          b"aGVsbG8==", b"aGVsbA==", b"aGVsbA=", b"!!!", "", "aGk=", b"ab=c", b"abc=d", b"aGVs=", b"aGVs==", b"aGVs=a",
          b"aGVs=aGVs", b"aGk==", b"aG===", b"=", b"aG==a", b"a==="]:
    check(lambda: binascii.a2b_base64(s))
    check(lambda: binascii.a2b_base64(s, strict_mode=True))
check(lambda: binascii.a2b_base64(1))
for data, start in [(b"hello", None), (b"hello", 12345), (b"", 2 ** 32 + 5), (b"a", -1), (bytes(range(256)), None)]:
    check(lambda: binascii.crc32(data) if start is None else binascii.crc32(data, start))
check(lambda: binascii.crc_hqx(b"hello", 0))
check(lambda: binascii.crc_hqx(b"hello", 0xffff))
check(lambda: binascii.crc_hqx(b"a"))
check(lambda: binascii.crc32("a"))
print(binascii.Error.__mro__[1:], binascii.Incomplete.__mro__[1:], binascii.Error.__module__)

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(40))]:
    print(base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b32hexencode(data),
          base64.b16encode(data))
    assert base64.b64decode(base64.b64encode(data)) == data
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b32hexdecode(base64.b32hexencode(data)) == data
    assert base64.b16decode(base64.b16encode(data)) == data
print(base64.encodebytes(b"x" * 100))
print(base64.decodebytes(b"eHh4\n"), base64.standard_b64decode("aGk="), base64.urlsafe_b64decode("-_8="))
check(lambda: base64.b64encode(b"hi", altchars=b"-_"))
check(lambda: base64.b64decode(b"aGk-", altchars=b"-_"))
check(lambda: base64.b64decode(b"aG!k=", validate=True))
check(lambda: base64.b64decode(b"aG!k="))
check(lambda: base64.b64decode(5))
check(lambda: base64.b64decode("é"))
check(lambda: base64.encodebytes("x"))
for s in [b"ME======", b"ME=====", b"MFRA====", b"M=======", b"MFRGG===", b"========", b"MFRGGZA=", b"mfrggza=",
          b"NBSWY3D1", b"0BSWY3DP"]:
    check(lambda: base64.b32decode(s))
check(lambda: base64.b32decode(b"nbswy3dp", casefold=True))
check(lambda: base64.b32decode(b"0BSWY3DP", map01=b"L"))
check(lambda: base64.b16decode(b"ab"))
check(lambda: base64.b16decode(b"ab", True))
check(lambda: base64.b16decode(b"A"))
