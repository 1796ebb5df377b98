# io.StringIO, io.BytesIO, TextIOWrapper.
import io
s = io.StringIO("line1\nline2\nline3")
print(s.readline(), end="")
print(s.read(3), s.tell(), s.readlines())
s.seek(0)
print([l for l in s])
s = io.StringIO()
print(s.write("hello "), s.write("world"), s.getvalue(), s.tell())
s.seek(0)
s.write("J")
print(s.getvalue())
s.truncate(5)
print(repr(s.getvalue()), s.closed, s.readable(), s.writable(), s.seekable())
s.close()
try:
    s.getvalue()
except ValueError as e:
    print("ValueError:", e)
b = io.BytesIO(b"binary\x00data")
print(b.read(6), b.read(), b.getvalue(), b.tell())
b.seek(-4, io.SEEK_END)
print(b.read(), b.seek(0, 2), len(b.getbuffer()))
b = io.BytesIO()
b.write(b"abc")
b.write(bytearray(b"def"))
print(b.getvalue())
raw = io.BytesIO("héllo\nwörld\n".encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
print(t.readline(), t.read(), t.encoding)
with io.StringIO() as f:
    print("print to StringIO", file=f)
    print(repr(f.getvalue()))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError:", e)
