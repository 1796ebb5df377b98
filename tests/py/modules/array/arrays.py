# array module.
from array import array
a = array("i", [1, 2, 3])
a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, a.typecode, a.itemsize, len(a), a[2], a[-1], a[1:3], a.index(3), a.count(1), a.tolist())
a.remove(0); a.pop(); a.reverse()
print(a, sum(a), max(a), list(reversed(a)))
b = array("d", [1.5, 2.5])
print(b, b * 2, b + array("d", [3.0]), b.tobytes() == array("d", [1.5, 2.5]).tobytes(), array("b", b"\x01\xff"))
c = array("B", b"abc")
print(c, c.tobytes(), bytes(c), c.buffer_info()[1])
c.frombytes(b"de"); c.fromlist([102])
print(c.tobytes())
u = array("u", "héllo")
print(u, u.tounicode(), u.itemsize in (2, 4))
h = array("H", [1, 256])
h.byteswap()
print(h)
try:
    array("b", [200])
except OverflowError as e:
    print("OverflowError:", e)
try:
    array("i", [1.5])
except TypeError as e:
    print("TypeError:", e)
try:
    array("z")
except ValueError as e:
    print("ValueError:", e)
print(array("l") == array("l"), array("i", [1]) == array("l", [1]), array("i", [1, 2]) < array("i", [1, 3]))
x = array("i", range(10))
x[2:5] = array("i", [0])
del x[::2]
print(x)
