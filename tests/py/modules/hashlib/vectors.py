# timeout: 30
# Known answers for every algorithm: the FIPS 180-4 / RFC 1321 / RFC 7693 / FIPS 202 examples and more.
import hashlib

MESSAGES = [b'', b'abc', b'a', b'message digest',
            b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
            b'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
            bytes(range(256)) * 3]

for name in sorted(hashlib.algorithms_guaranteed) + ['sha512_224', 'sha512_256']:
    print(name)
    for m in MESSAGES:
        h = hashlib.new(name, m)
        if name.startswith('shake'):
            print(' ', len(m), h.hexdigest(16), h.hexdigest(300)[-20:])
        else:
            print(' ', len(m), h.hexdigest())

# one million 'a' (fed in pieces of 1000)
for name in ['md5', 'sha1', 'sha256', 'sha512', 'blake2b', 'blake2s', 'sha3_256']:
    h = hashlib.new(name)
    piece = b'a' * 1000
    for _ in range(1000):
        h.update(piece)
    print(name, 'million a', h.hexdigest())

# named constructors agree with new()
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_224', 'sha3_512']:
    assert getattr(hashlib, name)(b'xyz').digest() == hashlib.new(name, b'xyz').digest(), name
    assert getattr(hashlib, name)(string=b'xyz').digest() == hashlib.new(name, b'xyz').digest() or name.startswith('blake'), name
print(hashlib.new('SHA256', b'abc').name, hashlib.new('MD5').name)

# BLAKE2 parameters
print(hashlib.blake2b(b'abc', digest_size=16).hexdigest())
print(hashlib.blake2s(b'abc', digest_size=5).hexdigest())
print(hashlib.blake2b(b'abc', key=b'secret key').hexdigest())
print(hashlib.blake2b(b'', key=b'k' * 64).hexdigest())
print(hashlib.blake2s(b'x' * 64, key=b'k' * 32).hexdigest())
print(hashlib.blake2b(b'abc', salt=b'salt', person=b'me').hexdigest())
print(hashlib.blake2s(b'abc', salt=b'12345678', person=b'ABCDEFGH').hexdigest())
print(hashlib.blake2b(b'abc', fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1,
                      inner_size=32, last_node=True).hexdigest())
print(hashlib.blake2s(b'abc', fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=2**48 - 1,
                      node_depth=255, inner_size=32, last_node=False).hexdigest())
print(hashlib.blake2b(b'x' * 128, key=b'k').hexdigest())
print(hashlib.new('blake2b', b'abc', digest_size=20).hexdigest())
print(hashlib.blake2b(digest_size=20).digest_size, hashlib.blake2b().block_size, hashlib.blake2s().block_size)
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE,
      hashlib.blake2b.MAX_DIGEST_SIZE)
print(hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE,
      hashlib.blake2s.MAX_DIGEST_SIZE)

# attributes
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__)
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)

# PBKDF2 (RFC 6070 vectors and others)
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 4096).hex())
print(hashlib.pbkdf2_hmac('sha1', b'passwordPASSWORDpassword', b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25).hex())
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 10).hex())
print(hashlib.pbkdf2_hmac('sha512', b'p' * 200, b'salt', 3, 100).hex())
print(hashlib.pbkdf2_hmac(hash_name='md5', password=b'x', salt=b'y', iterations=2, dklen=40).hex())
