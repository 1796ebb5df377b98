# struct: pack, unpack, calcsize, byte orders, alignment.
import struct
print(struct.pack(">I", 1), struct.pack("<I", 1), struct.pack("!h", -2), struct.pack(">q", -1), struct.pack("<d", 1.5))
print(struct.unpack(">I", b"\x00\x00\x01\x00"), struct.unpack("<hh", b"\x01\x00\xff\xff"), struct.unpack(">f", struct.pack(">f", 0.1)))
print(struct.calcsize("i"), struct.calcsize("<i"), struct.calcsize("bi"), struct.calcsize("<bi"), struct.calcsize("3s2x?"), struct.calcsize("@qc"), struct.calcsize("@cq"))
print(struct.pack("<3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("?x?", True, False), struct.pack("<e", 1.5), struct.pack("c", b"z"))
print(struct.unpack("<2sH", b"hi\x10\x00"), struct.pack("<IH", 1, 2).hex(), struct.pack("<bBhHiIqQ", -1, 255, -1, 65535, -1, 2 ** 32 - 1, -1, 2 ** 64 - 1).hex())
s = struct.Struct("<hI")
print(s.size, s.format, s.pack(5, 6), s.unpack(b"\x05\x00\x06\x00\x00\x00"))
buf = bytearray(8)
struct.pack_into("<HH", buf, 2, 1, 2)
print(buf, struct.unpack_from("<H", buf, 4), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
for fmt, args in [(">B", (256,)), ("<h", (40000,)), ("<I", (-1,)), ("<i", ("x",)), ("<ii", (1,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack("<I", b"\x00")
except struct.error as e:
    print("struct.error:", e)
print(struct.pack(">d", float("inf")).hex(), struct.unpack("<d", struct.pack("<d", -0.0)), struct.pack("<?", 5))
