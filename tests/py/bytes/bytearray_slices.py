# Slice assignment and deletion on bytearray.
ba = bytearray(range(10))
ba[2:5] = [100, 101]
print(list(ba))
ba[-2:] = b""
print(list(ba))
ba[::3] = bytes(len(ba[::3]))
print(list(ba))
del ba[::2]
print(list(ba))
ba[1:1] = b"\x07\x07"
print(list(ba))
try:
    ba[::2] = b"\x01"
except ValueError as e:
    print("ValueError:", e)
ba2 = bytearray(b"abc")
ba2[0:0] = ba2
print(ba2)
ba3 = bytearray(b"xy")
ba3 *= 3
print(ba3, ba3.count(b"xy"), ba3.rfind(b"x"), ba3.rindex(b"y"))
