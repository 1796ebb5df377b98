# bytes() and bytearray() construction; repr.
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(range(5)), bytes(b'abc'), bytes(bytearray(b'x')), bytes(memoryview(b'mv')))
print(bytes('é', 'utf-8'), bytes('é', encoding='latin-1'), bytes('é😀', 'ascii', 'replace'), bytes((65, 66)), bytes(iter([67])))
print(bytearray(), bytearray(2), bytearray(b'ab'), bytearray([1, 2]), bytearray('xy', 'ascii'), bytearray(range(3)))
class Idx:
    def __index__(self):
        return 2
print(bytes(Idx()), bytearray(Idx()), bytes([Idx()]), bytes(True))
print(repr(b'\x00\t\n\r\x7f\x80\xff\\\'"'), repr(b"'"), repr(b'"'), repr(b'\'"'), repr(bytearray(b'q\'')))
print(str(b'ab'), str(bytearray(b'ab')), f'{b"x"}', '%s' % b'y', '%r' % bytearray(b'z'))
class BA(bytearray):
    pass
print(repr(BA(b'a')), BA(b'ab') + b'c', type(BA(b'a') + b'c').__name__, BA(b'x') == b'x')
for args, kw in [(('a',), {}), ((-1,), {}), (([256],), {}), ((['a'],), {}), ((1.5,), {}), (('a', 'zz'), {}),
                 ((b'a', 'utf-8'), {}), ((1, 'utf-8'), {}), ((), {'x': 1}), ((), {'encoding': 'utf-8'}),
                 ((), {'errors': 'strict'}), (('a',), {'errors': 'strict'}), (([-1],), {}), ((None,), {})]:
    for ctor in (bytes, bytearray):
        try:
            print(ctor.__name__, repr(ctor(*args, **kw)))
        except (TypeError, ValueError, LookupError) as e:
            print(ctor.__name__, type(e).__name__, e)
class BadBytes:
    def __bytes__(self):
        return 'not bytes'
try:
    bytes(BadBytes())
except TypeError as e:
    print('TypeError', e)
print(bytes.fromhex(''), type(bytes.fromhex('')).__name__)
for bad in ['0g', 'a', '01 0', 'é', 'aa\u3000bb']:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    bytes.fromhex(1)
except TypeError as e:
    print('TypeError', e)
