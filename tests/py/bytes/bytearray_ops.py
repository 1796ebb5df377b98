# bytearray mutation.
ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba)
ba.append(33)
ba.extend(b" world")
ba.extend([33, 33])
print(ba, len(ba))
ba.insert(0, 62)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
ba[1:3] = b"EL"
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
del ba[:3]
print(ba)
ba.reverse()
print(ba)
ba += b"++"
print(ba, ba * 2)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x").copy())
try:
    bytearray(b"a")[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    bytearray(b"a").remove(98)
except ValueError as e:
    print("ValueError:", e)
x = bytearray(b"abc")
print(x.upper(), type(x.upper()).__name__, x == b"abc", bytes(x), x.decode(), x.hex(), bytearray.fromhex("4142"))
y = bytearray(b"mutable")
y[2:4] = b""
print(y, y.find(b"b"), y.index(b"l"), y.count(b"e"), y.startswith(b"mu"))
