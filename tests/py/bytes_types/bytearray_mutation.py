# bytearray mutation: append, extend, insert, pop, remove, clear, reverse, +=, *=, item and slice assignment, del.
a = bytearray(b'hello')
a.append(33)
a.extend(b' wor')
a.extend([108, 100])
a.extend(bytearray(b'?'))
a.extend(iter(b'!'))
print(a, len(a))
a.insert(0, 62)
a.insert(-1, 95)
a.insert(100, 60)
a.insert(-100, 94)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(ord('l'))
print(a)
a.reverse()
print(a)
a.clear()
print(a, len(a))
b = bytearray(b'abc')
b += b'def'
b += bytearray(b'g')
b += memoryview(b'h')
print(b)
b *= 2
print(b)
b[0] = 65
b[-1] = 90
print(b)
b[1:3] = b'XYZ'
print(b)
b[::2] = bytes(len(b[::2]))
print(b)
b[2:2] = [49, 50]
print(b)
b[5:] = b''
print(b)
del b[0]
print(b)
del b[::2]
print(b)
del b[:]
print(b)
c = bytearray(b'0123456789')
c[8:2:-2] = b'abc'
print(c)
c[1:4] = c
print(c)
c[:] = range(5)
print(c)
c[3:1] = b'ins'
print(c)
d = bytearray(b'xyz')
e = d
d += b'!'
print(e is d, e, d * 0, 0 * d, d.copy(), d.copy() is d)
print(bytearray(b'ab') + b'cd', b'ab' + bytearray(b'cd'), type(bytearray(b'x') + b'y').__name__, type(b'x' + bytearray(b'y')).__name__)
print(bytearray(b'%d-%s') % (1, b'x'), bytearray(b'abc').upper(), bytearray(b' a ').strip(), bytearray(b'a,b').split(b','))
print(bytearray(b'abc') == b'abc', bytearray(b'abc') < bytearray(b'abd'), bytearray(b'b') > b'a', bytearray(b'a') == 'a')
print(list(bytearray(b'ab')), [x for x in bytearray(b'\x00\xff')], bytearray(b'abc')[1], bytearray(b'abc')[1:], 98 in bytearray(b'abc'))
x = bytearray(b'abc')
for i, v in enumerate(x):
    if i == 0:
        x.append(100)
print(x)
for bad in ['bytearray(b"a").append(256)', 'bytearray(b"a").append("a")', 'bytearray().pop()', 'bytearray(b"a").pop(5)',
            'bytearray(b"a").remove(98)', 'bytearray(b"a").insert(0, 300)', 'bytearray(b"a").extend(1)',
            'bytearray(b"a").extend(["a"])', 'bytearray(b"a").extend("a")', 'bytearray(b"abc")[5]', 'hash(bytearray())',
            'bytearray(b"a") + "a"', 'bytearray(b"a")["x"]', 'bytearray(b"ab") * "x"', 'bytearray(b"ab").__iadd__(1)']:
    try:
        print(bad, repr(eval(bad)))
    except (TypeError, ValueError, IndexError) as err:
        print(bad, type(err).__name__, err)
y = bytearray(b'abc')
for stmt in ['y[0] = 256', 'y[0:2] = 5', 'y[0:3:2] = b"x"', 'del y[5]', 'y[0] = b"a"']:
    try:
        exec(stmt)
        print(stmt, y)
    except (TypeError, ValueError, IndexError) as err:
        print(stmt, type(err).__name__, err)
