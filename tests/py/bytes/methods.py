# bytes methods mirroring str.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b.upper(), b.lower(), b.swapcase(), b.title())
print(b.split(), b.split(b","), b"a,b,,c".split(b",", 1), b"x y z".rsplit(None, 1), b"l1\nl2\r\n".splitlines())
print(b.find(b"World"), b.rfind(b"l"), b.index(b"H"), b.count(b"l"), b.startswith(b"  H"), b.endswith((b"x", b"  ")))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b"-".join([b"a", b"b"]), b"abc".center(9, b"*"))
print(b"ab".ljust(5, b"."), b"ab".rjust(5), b"42".zfill(5), b"key=val".partition(b"="), b"a.b.c".rpartition(b"."))
print(b"abc".isalpha(), b"a1".isalnum(), b"12".isdigit(), b" ".isspace(), b"ab".islower(), b"AB".isupper(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"hello".capitalize(), b"a\tb".expandtabs(4), b"pre_x".removeprefix(b"pre_"), b"x.py".removesuffix(b".py"))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".translate(None, b"l"))
print(b"\xde\xad".hex(), b"\xde\xad\xbe\xef".hex(":"), b"\x01\x02\x03".hex("-", 2), bytes.fromhex("de ad BE ef"))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"ab".find(98), b"abc".count(99))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    b"a".join(["b"])
except TypeError as e:
    print("TypeError:", e)
