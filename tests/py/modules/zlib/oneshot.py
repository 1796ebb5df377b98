# zlib's one-shot functions: round trips at every level and window size, checksums, constants, errors.
# (Compressed bytes are not compared with CPython's: gilt deflates with Node's zlib, whose output differs.)
import zlib

data = b''.join(b'line %d: the quick brown fox jumps over the lazy dog\n' % i for i in range(500))
rnd = bytes((i * 1103515245 + 12345) >> 16 & 255 for i in range(5000))

for level in range(-1, 10):
    c = zlib.compress(data, level)
    print(level, zlib.decompress(c) == data, c[:2].hex() if level != 0 else len(c) > len(data))
for wbits in [9, 12, 15]:
    print('zlib', wbits, zlib.decompress(zlib.compress(data, 6, wbits), wbits) == data)
for wbits in [-9, -12, -15]:
    c = zlib.compress(data, 6, wbits)
    print('raw', wbits, zlib.decompress(c, wbits) == data)
for wbits in [25, 31]:
    c = zlib.compress(data, 9, wbits)
    print('gzip', wbits, c[:3].hex(), zlib.decompress(c, wbits) == data, zlib.decompress(c, 47) == data)
print('auto zlib', zlib.decompress(zlib.compress(data), 47) == data, zlib.decompress(zlib.compress(data), 0) == data)
print(zlib.decompress(zlib.compress(rnd)) == rnd, zlib.decompress(zlib.compress(b'')) == b'')
print(zlib.decompress(bytearray(zlib.compress(data))) == data, zlib.decompress(memoryview(zlib.compress(data))) == data)
print(zlib.compress(data, level=1) != b'', zlib.decompress(zlib.compress(data), bufsize=1) == data)
print(zlib.decompress(zlib.compress(data) + b'trailing') == data)

# CPython's bytes for a few inputs decompress here too
print(zlib.decompress(bytes.fromhex('789c4b4c4a0600024d0127')))
print(zlib.decompress(bytes.fromhex('1f8b08000000000002ff4b4c4a0600c241243503000000'), 31))

# checksums
for d in [b'', b'a', b'abc', data, rnd]:
    print(zlib.crc32(d), zlib.adler32(d))
print(zlib.crc32(data[100:], zlib.crc32(data[:100])) == zlib.crc32(data))
print(zlib.adler32(data[3000:], zlib.adler32(data[:3000])) == zlib.adler32(data))
print(zlib.crc32(b'abc', -1), zlib.adler32(b'abc', 2**32 + 5), zlib.crc32(memoryview(b'xyz')))
print(zlib.adler32(b'\xff' * 100000), zlib.crc32(b'\xff' * 100000))

for name in ['MAX_WBITS', 'DEFLATED', 'DEF_MEM_LEVEL', 'DEF_BUF_SIZE', 'Z_NO_COMPRESSION', 'Z_BEST_SPEED',
             'Z_BEST_COMPRESSION', 'Z_DEFAULT_COMPRESSION', 'Z_FILTERED', 'Z_HUFFMAN_ONLY', 'Z_RLE', 'Z_FIXED',
             'Z_DEFAULT_STRATEGY', 'Z_NO_FLUSH', 'Z_PARTIAL_FLUSH', 'Z_SYNC_FLUSH', 'Z_FULL_FLUSH', 'Z_FINISH',
             'Z_BLOCK', 'Z_TREES']:
    print(name, getattr(zlib, name))
print(type(zlib.ZLIB_VERSION), type(zlib.ZLIB_RUNTIME_VERSION), issubclass(zlib.error, Exception))

def t(label, f):
    try:
        r = f()
        print(label, 'ok', r if isinstance(r, (int, bool)) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

t('bad data', lambda: zlib.decompress(b'garbage'))
t('truncated', lambda: zlib.decompress(zlib.compress(data)[:50]))
t('str', lambda: zlib.compress('abc'))
t('int', lambda: zlib.decompress(5))
t('level', lambda: zlib.compress(b'x', 10))
t('wbits', lambda: zlib.compress(b'x', 6, 16))
t('dwbits', lambda: zlib.decompress(zlib.compress(b'x'), 50))
t('crc str', lambda: zlib.crc32('x'))
t('crc kw', lambda: zlib.crc32(b'x', value=1))
t('crc none', lambda: zlib.crc32())
t('data kw', lambda: zlib.compress(data=b'x'))
t('error is', lambda: zlib.error.__name__)
