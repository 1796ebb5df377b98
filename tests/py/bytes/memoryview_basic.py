# memoryview over bytes and bytearray.
data = bytearray(b"abcdef")
mv = memoryview(data)
print(mv[0], mv[-1], bytes(mv[1:4]), mv.tobytes(), mv.tolist(), len(mv), mv.nbytes, mv.readonly, mv.format, mv.itemsize)
mv[0] = ord("A")
mv[1:3] = b"BC"
print(data)
sub = mv[2:5]
sub[0] = ord("Z")
print(data, bytes(sub), sub.tobytes())
ro = memoryview(b"xyz")
print(ro.readonly)
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(mv == b"ABZdef", memoryview(b"ab") == memoryview(b"ab"), bytes(mv[::2]), mv[::-1].tobytes())
print(mv.hex(), ro.obj, mv.shape, mv.ndim, mv.strides)
with memoryview(b"ctx") as m:
    print(m.tobytes())
try:
    m.tobytes()
except ValueError as e:
    print("ValueError:", e)
ints = memoryview(bytearray(8)).cast("i")
ints[1] = -5
print(ints.tolist(), ints.format, ints.itemsize, len(ints))
try:
    mv[1:3] = b"x"
except ValueError as e:
    print("ValueError:", e)
