# ascii(), repr(), and bytes() conversions.
for v in ["plain", "tab\t", "é", "日本", "😀", ["é"], {"k": "ü"}, b"\xff", 1.5, None]:
    print(ascii(v), repr(v))
print(bytes("abc", "ascii"), bytes([1, 2]), bytes(b"x"), bytes(2), bytes(bytearray(b"y")), bytes(memoryview(b"z")))
class B:
    def __bytes__(self): return b"custom"
print(bytes(B()))
