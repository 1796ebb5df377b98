# Iterating bytes and converting between representations.
b = b"Hi!"
print(list(b), [chr(x) for x in b], tuple(bytearray(b)), sum(b), max(b), sorted(b"cab"))
for i, byte in enumerate(b):
    print(i, byte, hex(byte), bin(byte))
print(bytes([x ^ 0x20 for x in b"Swap"]), bytes(reversed(b"abc")), b"".join(bytes([c]) for c in b"xyz"))
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"), b"abc".decode("ascii").encode("utf-16-le"))
print(str(b"x"), repr(bytearray(b"x")), bytes(memoryview(b"mv")), list(memoryview(b"AB")))
print(b"%d-%s" % (5, b"x"), b"abc".startswith(b""), b"\x00" * 3)
