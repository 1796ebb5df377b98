# memoryview casts, tolist and slicing with formats.
buf = bytearray(range(16))
m = memoryview(buf)
print(m.cast("H").tolist()[:4], m.cast("I")[0], m.cast("B", (4, 4)).tolist()[1])
q = m.cast("q")
print(len(q), q.itemsize, q.nbytes)
m2 = m[4:8]
print(m2.tolist(), m2.obj is buf, m2.c_contiguous, m2.contiguous)
m2.release()
try:
    len(m2)
except ValueError as e:
    print("ValueError:", e)
print(memoryview(b"abc").tolist(), memoryview(b"").tobytes(), bytes(memoryview(bytearray(b"z"))))
print(memoryview(b"ab") == b"ab", memoryview(b"ab") != b"ac")
