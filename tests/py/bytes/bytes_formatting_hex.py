# bytes hex/fromhex, percent formatting, and str() of bytes (no warning flags).
data = bytes(range(0, 256, 15))
print(data.hex(), data.hex(" "), data.hex("-", 4), data.hex(":", -3), bytes.fromhex(data.hex()) == data)
print(b"%s|%5s|%-5s|%b" % (b"ab", b"cd", b"ef", b"gh"), b"%d %i %x %X %o %c" % (10, -3, 255, 255, 8, 65))
print(b"%(a)s-%(b)d" % {b"a": b"x", b"b": 2}, b"%.2f %e" % (3.14159, 12345.678), b"%%")
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError:", e)
print(repr(bytes([7, 8, 9, 10, 11, 12, 13, 92, 39, 34])), repr(bytearray(b"'")), repr(b'"'))
