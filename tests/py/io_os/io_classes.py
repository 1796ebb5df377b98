# The io module's classes: ABC registration, Python subclasses of the bases, wrappers over memory streams.
import io
import _io

print(io.open is open, _io.open is open, io.StringIO is _io.StringIO, io.DEFAULT_BUFFER_SIZE)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.BlockingIOError is BlockingIOError)
print(issubclass(io.UnsupportedOperation, OSError))
for cls, base in ((io.StringIO, io.TextIOBase), (io.TextIOWrapper, io.TextIOBase), (io.BytesIO, io.BufferedIOBase),
                  (io.BufferedReader, io.BufferedIOBase), (io.BufferedWriter, io.BufferedIOBase),
                  (io.BufferedRandom, io.BufferedIOBase), (io.FileIO, io.RawIOBase)):
    print(cls.__name__, cls.__module__, issubclass(cls, base), issubclass(cls, io.IOBase), issubclass(cls, io.RawIOBase))
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.TextIOBase), isinstance(open(__file__), io.TextIOBase))

# TextIOWrapper over a BytesIO
raw = io.BytesIO("héllo\r\nwörld\n".encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(t.readline()), repr(t.read()), t.encoding, t.newlines, t.buffer is raw)
t = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", newline="\r\n")
print(t.write("a\nb"), t.tell())
t.flush()
print(t.buffer.getvalue())
t.seek(0)
print(repr(t.read()))
b = t.detach()
print(type(b).__name__, b.getvalue())
try:
    t.read()
except ValueError as e:
    print("ValueError:", e)
t = io.TextIOWrapper(io.BytesIO(b"x"))
print(t.encoding, t.errors, t.line_buffering, repr(t))

# Buffered streams over memory and over a Python raw stream
r = io.BufferedReader(io.BytesIO(b"one\ntwo\nthree"))
print(r.readline(), r.peek()[:3], r.read(2), list(r))


class Countdown(io.RawIOBase):
    """A raw stream of the bytes n-1 … 0, one readinto at a time."""

    def __init__(self, n):
        self.n = n

    def readable(self):
        return True

    def readinto(self, b):
        if self.n == 0:
            return 0
        self.n -= 1
        b[0] = self.n
        return 1


c = Countdown(5)
print(c.read(3), c.readall(), c.read(), c.readable(), c.writable(), c.seekable(), c.closed)
print(io.BufferedReader(Countdown(4)).read())
c.close()
print(c.closed)
try:
    c.read()
except ValueError as e:
    print("ValueError:", e)


class Lines(io.TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readable(self):
        return True

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


with Lines(["a\n", "b\n", "c"]) as src:
    print(list(src), src.closed)
print(src.closed)


class Sink(io.RawIOBase):
    def __init__(self):
        self.data = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.data += b
        return len(b)


s = Sink()
w = io.BufferedWriter(s)
w.write(b"abc")
w.writelines([b"d", b"e"])
w.flush()
print(bytes(s.data), w.writable(), w.readable())
tw = io.TextIOWrapper(io.BufferedWriter(Sink()), encoding="utf-8")
tw.write("xyz")
tw.flush()
print(bytes(tw.buffer.raw.data))
for name in ("fileno", "seek", "truncate"):
    try:
        getattr(io.BytesIO() if name == "fileno" else Sink(), name)(0) if name != "fileno" else io.BytesIO().fileno()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
