# bytes literals and repr.
print(b"", b"abc", b"\x00\x01\xff", b"\n\t\r", b"'", b'"', b"'\"", b"\\", bytes(range(0, 256, 17)))
print(repr(b"\x7f\x80"), list(b"AZ"), b"A"[0], b"abc"[1:], b"abc"[::-1], b"abc"[-1])
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(b"copy"), bytes(bytearray(b"ba")), bytes(range(3)))
print(len(b"abc"), b"a" * 3, b"a" + b"b", b"b" in b"abc", 98 in b"abc", b"" in b"x")
for bad in ([256], [-1], ["a"], 1.5):
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    bytes("str")
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(b"abc" == b"abc", b"abc" < b"abd", b"a" == "a", hash(b"abc") == hash(b"abc"))
