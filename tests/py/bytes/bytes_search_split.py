# Searching and splitting bytes with bytes and int arguments.
b = b"one,two,,three,four"
print(b.split(b","), b.split(b",", 2), b.rsplit(b",", 2), b.find(b","), b.rfind(b","), b.count(b","), b.index(b"t"))
print(b.find(ord("w")), b.count(ord("o")), ord("e") in b, b"two" in b, b.startswith((b"x", b"one")), b.partition(b",,"))
print(b"  padded  ".split(), b"a\nb\r\nc".splitlines(), b"a\nb\r\nc".splitlines(keepends=True), b"x".join([b"1", b"2", b"3"]))
print(bytearray(b"a,b").split(b","), type(bytearray(b"a,b").split(b",")[0]).__name__, b"abc".replace(b"b", bytearray(b"B")))
try:
    b.find(256)
except ValueError as e:
    print("ValueError:", e)
try:
    b.split("x")
except TypeError as e:
    print("TypeError:", e)
