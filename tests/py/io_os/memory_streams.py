# io.StringIO and io.BytesIO in detail.
import io

s = io.StringIO("héllo\nwörld😀\nend")
print(s.read(3), s.tell(), s.readline(), s.readline(2), s.read(), s.tell(), s.read())
print(s.seek(0), s.readlines(), s.seek(0, 2), s.seek(0, 1), s.getvalue())
s.seek(3)
print(s.write("LL"), s.getvalue(), s.tell())
s.seek(30)
print(s.write("!"), repr(s.getvalue()), s.tell(), len(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
print(s.truncate(), repr(s.getvalue()))
s = io.StringIO()
for i in range(1000):
    s.write("line %d\n" % i)
print(len(s.getvalue()), s.tell(), s.getvalue().count("\n"))
s.seek(0)
print(sum(1 for _ in s), s.read())
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering, s.encoding, s.errors)
for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s = io.StringIO(newline=nl)
    s.write("x\ny\r\n")
    print(repr(s.getvalue()))
for bad in ((-1,), (1, 1), (1, 2), (0, 3)):
    try:
        io.StringIO("abc").seek(*bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
for f in (lambda: io.StringIO(b"x"), lambda: io.StringIO(newline="x"), lambda: io.StringIO(newline=5),
          lambda: io.StringIO().write(5), lambda: io.StringIO().read("x"), lambda: io.StringIO().truncate(-1),
          lambda: io.StringIO().fileno(), lambda: io.StringIO().detach()):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
s = io.StringIO("abc")
s.close()
for f in (s.read, s.getvalue, s.tell, lambda: s.write("x"), s.readline, lambda: next(s), s.readable):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
print(s.closed)
with io.StringIO() as out:
    print("to a StringIO", 42, sep="|", file=out)
    print(repr(out.getvalue()))
print(out.closed)


class Upper(io.StringIO):
    def __init__(self, text):
        super().__init__(text.upper())

    def write(self, s):
        return super().write(s.lower())


u = Upper("abc\ndef")
print(u.read(), type(u).__name__, isinstance(u, io.StringIO))
u.write("XYZ")
print(u.getvalue())
u.extra = 1
print(u.extra)

b = io.BytesIO(b"binary\x00data\nline2\n")
print(b.read(6), b.read1(2), b.readline(), b.readline(3), b.readline(), b.readline(), b.tell())
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.seek(0, 2), b.getvalue())
print(b.seek(25), b.write(b"!"), b.getvalue(), b.tell())
print(b.truncate(4), b.getvalue(), b.tell(), b.seek(0), list(b))
buf = bytearray(3)
b.seek(1)
print(b.readinto(buf), buf, b.readinto(bytearray(10)))
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"def")), b.write(memoryview(b"gh")), b.getvalue(), len(b.getbuffer()))
m = b.getbuffer()
m[0] = ord("A")
print(b.getvalue())
try:
    b.write(b"x")
except BufferError as e:
    print("BufferError:", e)
del m
print(b.write(b"x"), b.getvalue())
for f in (lambda: io.BytesIO("x"), lambda: io.BytesIO().write("x"), lambda: io.BytesIO().seek(-1),
          lambda: io.BytesIO().seek(0, 3), lambda: io.BytesIO().truncate(-1), lambda: io.BytesIO().fileno()):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
b.close()
for f in (b.read, b.getvalue, b.tell, lambda: b.write(b"x"), b.getbuffer, lambda: next(b)):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
print(b.closed, io.BytesIO(b"a\nb").readlines(), io.BytesIO(b"xy").read(None))
