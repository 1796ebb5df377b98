# memoryview over bytes and bytearray (1-D).
data = bytearray(b'abcdef')
mv = memoryview(data)
print(mv[0], mv[-1], bytes(mv[1:4]), mv.tobytes(), mv.tolist(), len(mv), mv.nbytes, mv.readonly, mv.format, mv.itemsize)
print(mv.ndim, mv.shape, mv.strides, mv.suboffsets, mv.c_contiguous, mv.contiguous, mv.obj is data)
mv[0] = ord('A')
mv[1:3] = b'BC'
print(data)
sub = mv[2:5]
sub[0] = ord('Z')
print(data, bytes(sub), sub.tobytes(), sub.obj is data, len(sub))
ro = memoryview(b'xyz')
print(ro.readonly, ro.tolist(), ro.hex(), ro.hex(':'), hash(ro) == hash(b'xyz'))
for stmt in ['ro[0] = 1', 'mv[0] = 256', 'mv[0] = "a"', 'mv[0:2] = b"xyz"', 'mv[10]', 'mv["a"]', 'hash(mv)', 'memoryview(1)',
             'data.append(1)', 'mv.cast("x")', 'memoryview(b"abc").cast("H")', 'mv.tobytes("x")']:
    try:
        exec(stmt)
        print(stmt, 'ok')
    except (TypeError, ValueError, IndexError, BufferError) as e:
        print(stmt, type(e).__name__, e)
print(mv == b'ABZdef', mv == bytearray(b'ABZdef'), memoryview(b'ab') == memoryview(b'ab'), mv != b'x', mv == 'ABZdef')
print(bytes(mv[::2]), mv[::-1].tobytes(), mv[4:1:-1].tolist(), bytes(mv[10:]), mv[1:1].tolist())
with memoryview(b'ctx') as m:
    print(m.tobytes())
try:
    m.tobytes()
except ValueError as e:
    print('ValueError', e)
mv.release()
mv.release()
sub.release()
data.append(ord('!'))
print(data, repr(mv)[:17])
c = memoryview(bytearray(b'\x01\x00\x02\x00\xff\xff\xff\xff')).cast('h')
print(c.format, c.itemsize, len(c), c.tolist(), c[3])
c[0] = -2
print(c.obj, c.cast('B').tolist())
print(memoryview(b'abcd').cast('c').tolist(), memoryview(b'\x00\x00\x80?').cast('f').tolist(), memoryview(b'ab').toreadonly().readonly)
print(b''.join([memoryview(b'a'), b'b']), bytearray(memoryview(b'xy')), list(memoryview(b'it')), 98 in memoryview(b'abc'))
