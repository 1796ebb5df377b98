# timeout: 30
# zlib's Compress and Decompress objects: pieces, flush modes, copy, max_length, unused data, zdict.
import zlib

data = b''.join(b'record %05d %s\n' % (i, b'xyz' * (i % 7)) for i in range(4000))

def pieces(b, n):
    return [b[i:i + n] for i in range(0, len(b), n)]

# compress in pieces, every flush mode in between, all wbits kinds
for wbits in [15, -15, 31, 9]:
    for mode in [zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK]:
        co = zlib.compressobj(6, zlib.DEFLATED, wbits)
        out = []
        for p in pieces(data, 7000):
            out.append(co.compress(p))
            out.append(co.flush(mode))
        out.append(co.flush())
        c = b''.join(out)
        print(wbits, mode, zlib.decompress(c, wbits) == data)

# sync flush makes everything so far decodable
co = zlib.compressobj()
part = co.compress(data[:5000]) + co.flush(zlib.Z_SYNC_FLUSH)
do = zlib.decompressobj()
print(do.decompress(part) == data[:5000], do.eof)
rest = co.compress(data[5000:]) + co.flush()
print(do.decompress(rest) == data[5000:], do.eof, do.unused_data, do.unconsumed_tail)

# decompress in small pieces
c = zlib.compress(data)
for n in [300, 4096, 100000]:
    do = zlib.decompressobj()
    got = b''.join(do.decompress(p) for p in pieces(c, n)) + do.flush()
    print(n, got == data, do.eof, do.unused_data)

# max_length: a loop over unconsumed_tail gets everything, never more than max_length at a time
do = zlib.decompressobj()
got = []
buf = c
ok = True
while buf:
    chunk = do.decompress(buf, 1000)
    ok = ok and len(chunk) <= 1000
    got.append(chunk)
    buf = do.unconsumed_tail
got.append(do.flush())
print('max_length', ok, b''.join(got) == data, do.eof)

# unused data after the end of the stream
do = zlib.decompressobj()
print(do.decompress(c + b'EXTRA') == data, do.eof, do.unused_data)
print(do.decompress(b'MORE'), do.unused_data)
do = zlib.decompressobj()
a = do.decompress(c[:100]); b = do.decompress(c[100:] + b'tail')
print(a + b == data, do.unused_data, do.eof)

# gzip and raw streams, auto-detection
for wbits, dw in [(31, 31), (31, 47), (15, 47), (-15, -15), (15, 0)]:
    co = zlib.compressobj(wbits=wbits)
    c2 = co.compress(data) + co.flush()
    do = zlib.decompressobj(dw)
    print(wbits, dw, do.decompress(c2) == data, do.eof)

# copy
co = zlib.compressobj()
head = co.compress(data[:30000]) + co.flush(zlib.Z_SYNC_FLUSH)
co2 = co.copy()
t1 = co.compress(b'AAA' * 100) + co.flush()
t2 = co2.compress(b'BBB' * 100) + co2.flush()
print(zlib.decompress(head + t1) == data[:30000] + b'AAA' * 100, zlib.decompress(head + t2) == data[:30000] + b'BBB' * 100)
do = zlib.decompressobj()
x = do.decompress(c[:2000])
do2 = do.copy()
y1 = do.decompress(c[2000:]); y2 = do2.decompress(c[2000:])
print(x + y1 == data, x + y2 == data, do2.eof)

# zdict
zd = b'record xyzxyzxyz 0000'
co = zlib.compressobj(zdict=zd)
c3 = co.compress(data) + co.flush()
do = zlib.decompressobj(zdict=zd)
print(do.decompress(c3) == data)
try:
    zlib.decompressobj().decompress(c3)
except zlib.error as e:
    print('no zdict:', e)

# levels and strategies
for level in [0, 1, 9]:
    for strategy in [zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED]:
        co = zlib.compressobj(level, zlib.DEFLATED, 15, 9, strategy)
        print(level, strategy, zlib.decompress(co.compress(data) + co.flush()) == data, end='; ')
print()

def t(label, f):
    try:
        r = f()
        print(label, 'ok', r if isinstance(r, (int, bool, bytes)) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

t('level 10', lambda: zlib.compressobj(10))
t('method', lambda: zlib.compressobj(6, 9))
t('wbits 8', lambda: zlib.compressobj(wbits=8))
t('memlevel', lambda: zlib.compressobj(memLevel=10))
t('dwbits', lambda: zlib.decompressobj(wbits=100))
t('zdict int', lambda: zlib.compressobj(zdict=1))
t('compress str', lambda: zlib.compressobj().compress('x'))
t('max_length', lambda: zlib.decompressobj().decompress(b'', -1))
t('flush len', lambda: zlib.decompressobj().flush(0))
t('bad', lambda: zlib.decompressobj().decompress(b'garbage!'))
co = zlib.compressobj(); co.compress(b'x'); co.flush()
t('after finish', lambda: co.compress(b'y'))
t('flush after finish', lambda: co.flush())
t('Compress()', lambda: type(zlib.compressobj())())
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
