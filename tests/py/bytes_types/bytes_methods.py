# bytes methods (shared with bytearray).
b = b'Hello, World'
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b'\xc9t\xe9'.upper(), b'they\'re'.title())
print(b.find(b'o'), b.rfind(b'o'), b.find(111), b.count(b'l'), b.count(108), b.index(b'W'), b.rindex(b'l'), b.find(b'o', 5, 8))
print(b.startswith(b'Hell'), b.endswith((b'x', b'ld')), b.startswith(b'W', 7), b'abc'.find(b'', 3), b'abc'.find(b'', 4))
print(b'a b  c'.split(), b' a\x1cb '.split(), b'a,b,,c'.split(b','), b'a,b,c'.rsplit(b',', 1), b'a b c'.split(maxsplit=1))
print(b'l1\nl2\r\nl3\rl4\x0bl5'.splitlines(), b'x\ny\n'.splitlines(True), b''.splitlines())
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), b''.join([]), b', '.join((b'x',)))
print(b'key=value'.partition(b'='), b'a=b=c'.rpartition(b'='), b'none'.partition(b'='), b'none'.rpartition(b'='))
print(b'  hi  '.strip(), b'xxhixx'.strip(b'x'), b'\t hi\n'.lstrip(), b'hi \x0b'.rstrip(), b'\x1chi'.strip(), b'abc'.strip(b'ac'))
print(b'abc'.center(7), b'abc'.center(8, b'*'), b'abc'.ljust(5, b'.'), b'abc'.rjust(5), b'42'.zfill(5), b'-42'.zfill(5))
print(b'a\tb\nc\td'.expandtabs(), b'a\tb'.expandtabs(2), b'one two one'.replace(b'one', b'1'), b'aaa'.replace(b'a', b'b', 2))
print(b'abc'.replace(b'', b'-'), b'pre_x'.removeprefix(b'pre_'), b'x.py'.removesuffix(b'.py'), b'x'.removesuffix(b'y'))
print(b'abc'.isalpha(), b'a1'.isalnum(), b'12'.isdigit(), b' \t'.isspace(), b'\x1c'.isspace(), b'AB'.isupper(),
      b'ab'.islower(), b'Ab Cd'.istitle(), b'\x80'.isascii(), b''.isalpha(), b'\xe9'.isalpha())
print(b'\x00\xff\x10'.hex(), b'abc'.hex(':'), b'\x01\x02\x03\x04\x05'.hex('-', 2), b'\x01\x02\x03\x04\x05'.hex('-', -2),
      b'abcd'.hex(b'|', 3), b''.hex(':'), bytes.fromhex('00ff 10'), bytes.fromhex(' 0a0B '), bytearray.fromhex('abcd'))
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'abcabc'.translate(t), b'abcabc'.translate(None, b'b'), b'abc'.translate(t, delete=b'a'))
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'), b'abc'.decode(encoding='ascii'))
print(b'abc'[0], b'abc'[-1], b'abc'[1:], b'abcdef'[::2], b'abc'[::-1], b'abc'[5:], list(b'abc'), b'b' in b'abc', 98 in b'abc', b'' in b'a')
print(b'ab' + b'cd', b'ab' + bytearray(b'c'), b'ab' + memoryview(b'z'), b'ab' * 3, 2 * b'x', b'a' * 0, b'a' * -1)
print(b'a' < b'b', b'a' < b'ab', b'b' > b'a\xff', b'ab' == b'ab', b'ab' == bytearray(b'ab'), b'ab' == 'ab', b'a' != b'b')
print(hash(b'abc') == hash(b'ab' + b'c'), len(b'abc'), bytes(b'x') is not None, b'abc'.__getnewargs__())
class MyB(bytes):
    pass
m = MyB(b'xyz')
print(m, repr(m), type(m).__name__, m.upper(), type(m.upper()).__name__, m[0], m + b'!', type(m + b'!').__name__,
      type(MyB.fromhex('41')).__name__, MyB.fromhex('41'), bytes(m))
m.attr = 1
print(m.attr)
class WithBytes:
    def __bytes__(self):
        return b'from __bytes__'
print(bytes(WithBytes()), b'%b' % WithBytes())
