# timeout: 30
# update in pieces vs whole, copy semantics, large inputs (hashed with the GIL released), buffer types.
import hashlib

data = bytes((i * 131 + 7) & 255 for i in range(9000))
NAMES = sorted(hashlib.algorithms_guaranteed) + ['sha512_224', 'sha512_256']

def digest(h):
    return h.hexdigest(32) if h.name.startswith('shake') else h.hexdigest()

for name in NAMES:
    whole = digest(hashlib.new(name, data))
    ok = True
    for step in [13, 64, 65, 127, 136, 1000, 2047, 2048, 4096, 7777]:
        h = hashlib.new(name)
        for i in range(0, len(data), step):
            h.update(data[i:i + step])
        ok = ok and digest(h) == whole
    h = hashlib.new(name)
    for i in range(300):
        h.update(data[i:i + 1])
    ok = ok and digest(h) == digest(hashlib.new(name, data[:300]))
    # mixed sizes: small, large, small
    h = hashlib.new(name)
    h.update(data[:3]); h.update(data[3:5003]); h.update(data[5003:5010]); h.update(data[5010:])
    ok = ok and digest(h) == whole
    print(name, whole[:32], ok)

# buffer types: bytes, bytearray, memoryview (also non-byte formats and slices), large and small
for n in [100, 3000]:
    b = data[:n]
    ref = hashlib.sha256(b).hexdigest()
    print(n, hashlib.sha256(bytearray(b)).hexdigest() == ref, hashlib.sha256(memoryview(b)).hexdigest() == ref,
          hashlib.sha256(memoryview(bytearray(b))).hexdigest() == ref)
print(hashlib.md5(memoryview(data)[100:5100]).hexdigest() == hashlib.md5(data[100:5100]).hexdigest())
import array
a = array.array('I', range(1000))
print(hashlib.sha1(a).hexdigest() == hashlib.sha1(a.tobytes()).hexdigest())

# a bytearray changed after update does not change the hash
ba = bytearray(data[:5000])
h = hashlib.blake2b(ba)
ba[0] ^= 1
print(h.hexdigest() == hashlib.blake2b(data[:5000]).hexdigest())

# copy: independent continuations, digest does not disturb the state
for name in NAMES:
    h = hashlib.new(name, b'prefix')
    c = h.copy()
    print(name, type(c) is type(h), c.name == h.name, digest(c) == digest(h), end=' ')
    c.update(b'more')
    h2 = hashlib.new(name, b'prefixmore')
    print(digest(c) == digest(h2), digest(h) == digest(hashlib.new(name, b'prefix')), end=' ')
    d1 = digest(h); d2 = digest(h)
    h.update(data[:3000]); c2 = h.copy(); h.update(b'!')
    print(d1 == d2, digest(c2) == digest(hashlib.new(name, b'prefix' + data[:3000])))

# BLAKE2 copies keep their parameters
h = hashlib.blake2s(b'a', key=b'k', digest_size=10, person=b'p')
c = h.copy()
c.update(data)
h.update(data)
print(c.hexdigest() == h.hexdigest(), c.digest_size, len(c.digest()))

# digest() vs hexdigest()
for name in ['md5', 'sha384', 'blake2s']:
    h = hashlib.new(name, data[:77])
    print(name, h.digest().hex() == h.hexdigest(), len(h.digest()) == h.digest_size)

# SHAKE lengths
s = hashlib.shake_256(data[:500])
print(len(s.digest(0)), s.digest(1000)[:10] == s.digest(10), s.hexdigest(length=3))

# file_digest
import io
print(hashlib.file_digest(io.BytesIO(data), 'sha256').hexdigest() == hashlib.sha256(data).hexdigest())
print(hashlib.file_digest(io.BytesIO(data), hashlib.md5).hexdigest() == hashlib.md5(data).hexdigest())
