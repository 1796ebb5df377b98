# struct: range errors per byte order and code, formats, offsets, the Struct class, iter_unpack.
import struct

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for mode in "@<>=!":
    for c in "bBhHiIlLqQnNP":
        if mode != "@" and c in "nNP":
            check(lambda: struct.calcsize(mode + c))
            continue
        sz = struct.calcsize(mode + c)
        outs = []
        for v in [-1, 2 ** (8 * sz - 1), 2 ** (8 * sz), -2 ** (8 * sz - 1) - 1, 2 ** 64, 2 ** 70]:
            try:
                outs.append(struct.pack(mode + c, v).hex())
            except struct.error as e:
                outs.append(str(e))
        print(mode + c, sz, " | ".join(outs))

for fmt in ["c0i", "ci", "c0s", "<ci", "ce", "c?", "cd", "cP", "cn", "c3x", "c2i", "i i", " i", "i\n", "@", "", "3s2x?",
            "z", "<n", "=P", "3", "2 i", "c=i", "99999999999999999999i"]:
    check(lambda: struct.calcsize(fmt))

for fmt, args in [("c", (b"ab",)), ("c", ("a",)), ("s", (1,)), ("p", ("a",)), ("?", ([],)), ("f", (1e300,)),
                  ("<f", (1e300,)), ("e", (1e10,)), ("<e", (65520.0,)), ("<e", (65519.0,)), ("<e", (1e-8,)),
                  ("<e", (-1e-10,)), ("<e", (float("-inf"),)), ("<e", (5.960464477539063e-08,)),
                  ("<e", (2.9802322387695312e-08,)), ("<e", (0.00006103515625,)), ("d", ("x",)), ("i", ("x",)),
                  ("i", (1.0,)), ("i", (True,)), ("3p", (b"abcdef",)), ("0s", (b"ab",)), ("1p", (b"ab",)),
                  ("s", (bytearray(b"ab"),)), ("s", (memoryview(b"ab"),)), ("ii", (1,)), ("x", (1,)),
                  ("<q", (-2 ** 63,)), (">Q", (2 ** 64 - 1,)), ("P", (5,))]:
    check(lambda: struct.pack(fmt, *args))

class Idx:
    def __index__(self):
        return 7

check(lambda: struct.pack("<iBQd", Idx(), Idx(), Idx(), Idx()))
check(lambda: struct.unpack("<e", b"\x00\x7c"))
check(lambda: struct.unpack("<e", b"\x01\x00"))
check(lambda: struct.unpack("c3s3p", b"abcdefg"))
check(lambda: struct.unpack("3p", b"\x05bc"))
check(lambda: struct.unpack("xbx", b"\x00\x05\x00"))
check(lambda: struct.unpack("<?", b"\x05"))
check(lambda: struct.unpack("<qQ", b"\xff" * 16))
check(lambda: struct.unpack(">hHiIlL", bytes(range(1, 21))))
check(lambda: struct.unpack("@ci", b"a\x00\x00\x00\x01\x00\x00\x00"))
check(lambda: struct.unpack("i", b"\x00" * 5))
check(lambda: struct.unpack("i", "abcd"))
check(lambda: struct.unpack("i", bytearray(b"1234")))
check(lambda: struct.unpack("i", memoryview(b"12345")[1:]))

check(lambda: struct.unpack_from("<I", b"\x00" * 5, 2))
check(lambda: struct.unpack_from("<I", b"\x00" * 5, -2))
check(lambda: struct.unpack_from("<I", b"\x00" * 5, -9))
check(lambda: struct.unpack_from("<I", b"\x00" * 5, 9))
check(lambda: struct.unpack_from("<H", b"\x01\x02\x03\x04", offset=1))
check(lambda: struct.unpack_from("<H", buffer=b"\x01\x02\x03\x04"))
b = bytearray(5)
check(lambda: struct.pack_into("<I", b, 2, 1))
check(lambda: struct.pack_into("<I", b, -2, 1))
check(lambda: struct.pack_into("<I", b, -9, 1))
check(lambda: struct.pack_into("<I", b, 1, 0x01020304) or b)
check(lambda: struct.pack_into("<H", b, -2, 0xffff) or b)
check(lambda: struct.pack_into("<I", b"xxxxxx", 0, 1))
check(lambda: struct.pack_into("i"))
check(lambda: struct.pack_into("i", bytearray(4)))
check(lambda: struct.pack_into("i", bytearray(4), 0))
m = memoryview(bytearray(6))
struct.pack_into("<h", m, 2, 5)
print(m.tobytes())

check(lambda: list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
check(lambda: struct.iter_unpack("<I", b"123"))
check(lambda: struct.iter_unpack("", b"123"))
it = struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())

s = struct.Struct(b"<hI")
print(s.format, s.size, s.pack(5, 6), s.unpack(b"\x05\x00\x06\x00\x00\x00"), s.unpack_from(b"xx\x05\x00\x06\x00\x00\x00", 2))
print(type(s).__name__, type(s).__module__, struct.Struct is __import__("_struct").Struct, struct.error.__module__)
print(issubclass(struct.error, Exception), struct.Struct("i").format, struct.calcsize("hh"))
check(lambda: struct.Struct())
check(lambda: struct.Struct("i", 1))
check(lambda: struct.Struct(5))
check(lambda: struct.Struct("ii\0"))
check(lambda: struct.Struct("é"))
check(lambda: s.pack(1))
check(lambda: s.unpack())
check(lambda: struct.pack())
check(lambda: struct.pack("i", 1, x=1))
check(lambda: struct.unpack("i"))
check(lambda: struct.calcsize("i", "j"))
