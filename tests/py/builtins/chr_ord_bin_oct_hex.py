# chr, ord, bin, oct, hex.
print(chr(65), chr(97), chr(8364), chr(128512), chr(0x10FFFF) == "\U0010ffff", ord("A"), ord("€"), ord("😀"))
print(bin(10), bin(-10), bin(0), oct(64), oct(-8), hex(255), hex(-255), hex(0), hex(2 ** 64))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"))
class I:
    def __index__(self): return 10
print(bin(I()), oct(I()), hex(I()), chr(I().__index__() + 55))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab"), lambda: hex(1.5), lambda: bin("1")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(ord(b"a"), ord(bytearray(b"z")), int("0x1f", 16), int(hex(99), 16), int(bin(5), 2), int(oct(9), 8))
