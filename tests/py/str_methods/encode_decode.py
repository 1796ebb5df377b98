# str.encode / bytes.decode through the builtin codecs, with error handlers and CPython's error messages.
texts = ['', 'abc', 'é', 'aéb€', '😀', 'x\udc80y', '\ud800', 'é😀\u20ac']
encodings = ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass']
for t in texts:
    for enc in encodings:
        for h in handlers:
            try:
                b = t.encode(enc, h)
                back = b.decode(enc, 'surrogatepass' if h == 'surrogatepass' else 'strict' if h != 'surrogateescape' else h)
                print(repr(t), enc, h, b, repr(back))
            except UnicodeError as e:
                print(repr(t), enc, h, type(e).__name__, e, e.start, e.end, repr(e.reason), e.encoding)
data = [b'', b'abc', b'\xff', b'\xc3', b'\xe0\x41', b'\xe0\xa0', b'\xe0\x80\x80', b'\xed\xa0\x80', b'\xf0\x90\x80',
        b'\xf4\x90\x80\x80', b'a\xc3(b', b'\xf0\x28\x8c\x28', b'\xf8\x88\x80\x80\x80', b'\xc0\xaf', b'\xef\xbb\xbfBOM',
        b'\x00', b'\x00\xd8', b'\x00\xd8\x00\x00', b'\x00\xdcA\x00', b'\xff\xfeA\x00', b'\xfe\xff\x00A', b'A\x00\x00\xd8a',
        b'\x00\x00\x11\x00', b'\xff\xfe\x00\x00A\x00\x00\x00', b'A\x00\x00\x00\x00', b'h\xc3\xa9llo \xe2\x82\xac']
for d in data:
    for enc in encodings:
        for h in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
            try:
                print(d, enc, h, ascii(d.decode(enc, h)))
            except UnicodeError as e:
                print(d, enc, h, type(e).__name__, e, e.start, e.end, e.object)
for name in ['UTF8', 'utf_8', 'U8', 'latin1', 'L1', 'iso-8859-1', 'ISO8859-1', 'us-ascii', 'ASCII', 'u16', 'UTF-16LE',
             ' utf-8 ', 'utf 8', 'cp65001', 'nope', 'utf-8-sig-x']:
    try:
        print(repr(name), 'é'.encode(name, 'replace'), b'\xc3\xa9'.decode(name, 'replace'))
    except LookupError as e:
        print(repr(name), 'LookupError', e)
for bad in ["'a'.encode('ascii', 'bad')", "'é'.encode('ascii', 'bad')", "b'\\xff'.decode('ascii', 'bad')",
            "b'\\xff'.decode('utf-8', 'xmlcharrefreplace')", "b'a'.decode('utf-8', 'bad')", "'\\udc41'.encode('ascii', 'surrogateescape')",
            "'a\\udcff'.encode('utf-16-le', 'surrogateescape')", "b'\\x41'.decode('ascii', 'surrogateescape')"]:
    try:
        print(bad, repr(eval(bad)))
    except Exception as e:
        print(bad, type(e).__name__, e)
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad')
print(repr(e), e, e.args, e.object, e.start, e.end, e.reason, e.encoding)
e.start = 1
e.reason = 'changed'
print(e)
e = UnicodeEncodeError('ascii', 'x\u1234', 1, 2, 'nope')
print(e, e.object, UnicodeEncodeError('ascii', 'abc', 0, 3, 'r'), UnicodeEncodeError('ascii', '\U0001f600', 0, 1, 'r'))
try:
    UnicodeDecodeError('a')
except TypeError as err:
    print('TypeError', err)
print(UnicodeTranslateError('\xe9', 0, 1, 'why'), isinstance(e, ValueError), issubclass(UnicodeDecodeError, UnicodeError))
# utf-8-sig and cp1252
print('x'.encode('utf-8-sig'), b'\xef\xbb\xbfx'.decode('utf-8-sig'), b'x'.decode('utf-8-sig'), ''.encode('utf-8-sig'))
print('€ü'.encode('cp1252'), b'\x80\xfc\x93'.decode('windows-1252'), 'Ā'.encode('cp1252', 'replace'), b'a\x81'.decode('cp1252', 'replace'))
for bad in ["'aĀĀb'.encode('cp1252')", "b'a\\x81\\x8d'.decode('cp1252')", "b'\\xef\\xbb\\xbf\\xff'.decode('utf-8-sig')"]:
    try:
        eval(bad)
    except UnicodeError as e:
        print(type(e).__name__, e, e.start, e.end, e.object)
