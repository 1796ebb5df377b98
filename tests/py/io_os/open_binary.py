# open() in binary modes: the Buffered* types over FileIO, and FileIO itself (buffering=0).
import os
import _tmpdir

base = _tmpdir.make()
try:
    p = os.path.join(base, "b.bin")
    with open(p, "wb") as f:
        print(type(f).__name__, f.mode, f.write(b"hello\n"), f.write(bytearray(b"world\n")), f.write(memoryview(b"end")), f.tell())
        print(type(f.raw).__name__, f.raw.mode, f.raw.closefd, f.readable(), f.writable(), f.seekable())
        try:
            f.write("text")
        except TypeError as e:
            print("TypeError:", e)
        try:
            f.read()
        except Exception as e:
            print(type(e).__name__, e)
    with open(p, "rb") as f:
        print(type(f).__name__, f.peek()[:5], f.read1(3), f.read(2), f.readline(), f.tell())
        print(f.readline(2), f.readline(100), f.readline(), f.read(), f.read(5))
        f.seek(0)
        print(list(f), f.tell())
        f.seek(-3, 2)
        print(f.read(), f.seek(2), f.seek(3, 1), f.read(2))
        buf = bytearray(4)
        print(f.readinto(buf), buf)
        for bad in ((-100,), (0, 9)):
            try:
                f.seek(*bad)
            except Exception as e:
                print(type(e).__name__, e)
        try:
            f.read(-5)
        except ValueError as e:
            print("ValueError:", e)
        try:
            f.write(b"x")
        except Exception as e:
            print(type(e).__name__, e)
        try:
            f.truncate()
        except Exception as e:
            print(type(e).__name__, e)
    with open(p, "ab") as f:
        print(type(f).__name__, f.mode, f.tell(), f.write(b"!"), f.tell())
    with open(p, "r+b") as f:
        print(type(f).__name__, f.mode, f.read(2), f.write(b"ZZ"), f.tell(), f.read(3))
        f.seek(0)
        print(f.read())
        print(f.truncate(4), f.tell(), f.seek(0, 2), f.truncate(), f.tell())
    print(open(p, "rb").read())
    with open(p, "w+b") as f:
        print(f.read(), f.write(b"12345"), f.seek(8), f.write(b"!"), f.seek(0), f.read())
    try:
        open(p, "xb")
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror, e.filename == p)
    q = os.path.join(base, "new.bin")
    with open(q, "xb") as f:
        f.write(b"x")
    with open(q, "a+b") as f:
        print(f.tell(), f.read(), f.seek(0), f.read())
    # unbuffered: FileIO
    with open(p, "rb", buffering=0) as f:
        print(type(f).__name__, f.mode, f.read(2), f.readall(), f.read(), f.seek(1), f.readline(), f.tell())
        print(repr(f).startswith("<_io.FileIO name="), f.closefd)
    with open(p, "r+b", buffering=0) as f:
        print(f.mode, f.write(b"AB"), f.tell(), f.read(), f.truncate(3), f.seek(0), f.read())
    f = open(p, "rb", buffering=0)
    f.close()
    print(repr(f), f.closed)
    for op in (f.read, f.tell, f.fileno, f.readable):
        try:
            op()
        except ValueError as e:
            print("ValueError:", e)
    # closed buffered files name the operation
    f = open(p, "rb")
    f.close()
    for op in (f.read, f.readline, lambda: f.seek(0), f.tell, f.peek, lambda: f.readinto(bytearray(1)), f.readlines, f.writable):
        try:
            print(op())
        except ValueError as e:
            print("ValueError:", e)
    f = open(p, "wb")
    f.close()
    for op in (lambda: f.write(b"x"), f.flush, f.readable):
        try:
            print(op())
        except ValueError as e:
            print("ValueError:", e)
    # errors opening
    for name, mode in (("missing.bin", "rb"), ("nodir/x", "wb"), ("", "rb")):
        try:
            open(os.path.join(base, name) if name else name, mode)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.args)
    for mode in ("rb", "wb"):
        try:
            open(base, mode)
        except IsADirectoryError as e:
            print("IsADirectoryError", e.errno, e.strerror)
    try:
        open(p + "/x", "rb")
    except NotADirectoryError as e:
        print("NotADirectoryError", e.errno)
    for kw in ({"encoding": "utf-8"}, {"errors": "strict"}, {"newline": ""}):
        try:
            open(p, "rb", **kw)
        except ValueError as e:
            print("ValueError:", e)
    # a descriptor
    fd = os.open(p, os.O_RDONLY)
    with open(fd, "rb", closefd=False) as f:
        print(f.name == fd, f.read(3))
    print(os.read(fd, 2))
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print("OSError", e.errno)
    # a big file read in pieces
    data = bytes(range(256)) * 100
    with open(p, "wb") as f:
        f.write(data)
    with open(p, "rb") as f:
        pieces = []
        while True:
            b = f.read(1000)
            if not b:
                break
            pieces.append(b)
        print(len(pieces), b"".join(pieces) == data)
        f.seek(0)
        print(sum(len(x) for x in f) == len(data))
finally:
    _tmpdir.remove(base)
