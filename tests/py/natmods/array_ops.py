# array.array: item conversions and their errors, slicing, methods, operators, the buffer protocol.
from array import array
import array as array_module

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for tc in "bBhHiIlLqQ":
    outs = []
    for v in [-1, 2 ** 7, 2 ** 8, 2 ** 15, 2 ** 16, 2 ** 31, 2 ** 32, 2 ** 63, 2 ** 64, -2 ** 63 - 1, -129, -32769, -2 ** 31 - 1]:
        try:
            outs.append(str(array(tc, [v])[0]))
        except OverflowError as e:
            outs.append(str(e))
    print(tc, array(tc).itemsize, " | ".join(outs))

for tc, v in [("i", 1.5), ("i", "1"), ("i", True), ("d", "x"), ("d", 1), ("u", "ab"), ("u", 1), ("f", None), ("B", 1.0),
              ("f", 0.1), ("f", 1e300), ("d", 2 ** 1024 if False else 1e308)]:
    check(lambda: array(tc, [v]))
check(lambda: array(1))
check(lambda: array("ii"))
check(lambda: array("z"))
check(lambda: array("i", "abc"))
check(lambda: array("u", [1]))
check(lambda: array("i", array("u", "ab")))
check(lambda: array("i", b"\x01\x00\x00\x00\x02\x00\x00\x00"))
check(lambda: array("i", b"\x01"))
check(lambda: array("i", [1], x=1))
check(lambda: array("i", array("d", [1.0])))
check(lambda: array("d", array("i", [1, 2])))
check(lambda: array("u", "hé😀"))
check(lambda: array("B", memoryview(b"ab")))
check(lambda: array("B", bytearray(b"ab")))
check(lambda: array("b", range(3)))
check(lambda: array("i", (x * x for x in range(4))))

a = array("i", [1, 2, 3])
check(lambda: a[5])
check(lambda: a[-4])
check(lambda: a[1.5])
check(lambda: a.__setitem__(5, 1))
check(lambda: a.__setitem__(slice(0, 2), [1]))
check(lambda: a.__setitem__(slice(0, 2), array("d")))
check(lambda: a.__setitem__(slice(0, 3, 2), array("i", [1])))
check(lambda: a + [1])
check(lambda: a + array("d"))
check(lambda: a.extend(array("d")))
check(lambda: a.extend(5))
check(lambda: a.extend([1.5]))
check(lambda: array("i").pop())
check(lambda: a.pop(10))
check(lambda: a.remove(9))
check(lambda: a.index(9))
check(lambda: a.frombytes(b"123"))
check(lambda: a.fromlist((1,)))
check(lambda: a.tounicode())
check(lambda: a.fromunicode("x"))
check(lambda: hash(a))
check(lambda: a * "x")
check(lambda: array("i") == 3)
check(lambda: a.tobytes(1))
check(lambda: a.append())
check(lambda: a.insert(1))
check(lambda: array("u").fromunicode(1))

print(a * -1, a * 2, 2 * a, a == [1, 2, 3], array("i", [1, 2]) == array("d", [1.0, 2.0]))
print(array("i", [1]) < array("d", [1.5]), array("i", [1, 2]) != array("i", [1, 2]), array("i", [1, 2]) >= array("i", [1]))
print(array("d", [float("nan")]) == array("d", [float("nan")]), array("i", [1, 2, 3])[::-1], array("i", [1, 2, 3])[5:])
print(repr(array("u")), repr(array("d", [1.5, float("inf")])), repr(array("f", [0.1])), str(array("b", [1])))
print(a.index(2), a.count(2), 2 in a, 9 in a, a.tolist(), a.typecode, a.itemsize, len(a), list(a))
a.insert(100, 9)
a.insert(-100, 8)
a.insert(1, 7)
print(a, a.pop(), a.pop(0), a)
check(lambda: a.index(2, 0, 1))
print(a.index(2, -3), a.index(3, 1, 10))
a.fromlist([4, 5])
check(lambda: a.fromlist([6, "x"]))
print(a)
b = array("i", [1, 2, 3, 4, 5])
del b[1:4:2]
print(b)
b[1:3] = array("i", [7, 8, 9])
print(b)
b[::2] = array("i", [0, 0])
print(b)
del b[::-2]
print(b)
del b[0]
print(b)
b[0] = 42
b[-1] = -42
print(b)
del b[:]
print(b, len(b))
c = array("i", [1])
c += array("i", [2])
c *= 2
print(c)
check(lambda: c.__iadd__([1]))
e = array("i", [1])
e.extend(e)
e[1:1] = e
e += e
print(e)
e.extend(range(3))
e.reverse()
print(e)
x = array("d", [1.0])
x.byteswap()
print(x.tobytes())
h = array("H", [1, 256, 0xABCD])
h.byteswap()
print(h)
print(array_module.typecodes, array_module.ArrayType is array, array.__name__, array.__module__, type(iter(a)).__name__)
u = array("u", "ab")
u.fromunicode("cd")
u.append("e")
print(u, u.tounicode(), u[0], u.tolist(), u + array("u", "z"))
check(lambda: array("i", [1, 2]).__copy__())
check(lambda: array("i", [1, 2]).__deepcopy__({}))
check(lambda: array("i", [1]).__reduce_ex__(2))
check(lambda: array("q", [2 ** 63 - 1]))
check(lambda: array("Q", [2 ** 64 - 1]))

# the buffer protocol
n = array("h", [1, 2, -1])
print(bytes(n), n.tobytes(), b"" + array("B", [65]), bytearray(array("b", [1, 2])))
n.frombytes(b"\x05\x00")
print(n, n.buffer_info()[1])
f = array("f", [1.5, -2.25])
print(f, f.tobytes().hex(), sum(f), max(f), sorted(f))

class Sub(array):
    pass

s = Sub("i", [3, 1, 2])
s.extra = 1
print(type(s).__name__, s, s[1:], type(s[1:]).__name__, s.extra, sorted(s))
