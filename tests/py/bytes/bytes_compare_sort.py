# Ordering and hashing of bytes-like objects.
items = [b"b", b"", b"ab", b"a", b"\xff", b"\x00", b"A"]
print(sorted(items))
print(b"abc" < b"abcd", b"b" > b"abc", bytearray(b"a") < b"b", b"a" == bytearray(b"a"))
print({b"k": 1}[b"k"], len({b"x", b"x", b"y"}))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" < "a"
except TypeError as e:
    print("TypeError:", e)
print(max([b"z", b"za"]), min(b"zebra"), b"a" in [bytearray(b"a")])
