# open() in text mode: reading, writing, newlines, encodings, positions, errors.
import os
import _tmpdir

base = _tmpdir.make()
try:
    p = os.path.join(base, "t.txt")
    with open(p, "w") as f:
        print(f.write("héllo\n"), f.write("wörld\r\nend\rlast"), f.tell())
        print(f.mode, f.name == p, f.encoding, f.errors, f.newlines, f.line_buffering, f.closed)
        print(f.readable(), f.writable(), f.seekable(), f.isatty(), type(f.fileno()).__name__)
    print(f.closed)
    with open(p) as f:
        print(repr(f.read()), f.newlines)
    for nl in (None, "", "\n", "\r", "\r\n"):
        with open(p, newline=nl) as f:
            print(repr(nl), f.readlines())
    with open(p) as f:
        print(repr(f.readline()), f.tell(), repr(f.read(3)), f.tell(), repr(f.readline(2)), repr(f.readline(0)))
        f.seek(0)
        print(repr(f.read(7)), f.tell())
        f.seek(0, 2)
        print(repr(f.read()), f.tell())
        print(f.seek(0, 1) == f.tell())
        for args in ((1, 1), (1, 2), (-1,), (0, 5)):
            try:
                f.seek(*args)
            except Exception as e:
                print(type(e).__name__, e)
    with open(p) as f:
        print([line for line in f])
    with open(p, "a") as f:
        f.write("\nmore")
        print(f.tell())
    with open(p, "r+") as f:
        print(repr(f.read(5)))
        f.write("XY")
        f.seek(0)
        print(repr(f.read()))
    with open(p, "w+") as f:
        f.writelines(["a\n", "b\n", "c"])
        f.seek(0)
        print(f.readlines(), f.truncate(2), f.tell())
        f.seek(0)
        print(repr(f.read()))
    print(open(p).read() == "a\n")
    # newline translation on write
    for nl in (None, "", "\n", "\r", "\r\n"):
        with open(p, "w", newline=nl) as f:
            f.write("x\ny\r\nz")
        with open(p, "rb") as f:
            print(repr(nl), f.read())
    # encodings and error handlers
    with open(p, "w", encoding="latin-1") as f:
        f.write("café ñ")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding="utf-8", errors="replace") as f:
        print(repr(f.read()))
    with open(p, encoding="latin-1") as f:
        print(repr(f.read()), f.encoding)
    try:
        with open(p, encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e.reason, e.start, e.end)
    try:
        with open(p, "w", encoding="ascii") as f:
            f.write("é")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e.reason)
    with open(p, "w", encoding="ascii", errors="replace") as f:
        f.write("aé")
    print(open(p, "rb").read())
    with open(p, "w", encoding="utf-16") as f:
        f.write("hi")
        f.write(" there")
    print(open(p, "rb").read(), repr(open(p, encoding="utf-16").read()))
    # a long file with multi-byte characters across read chunks
    text = "".join("línea %d ✓ 😀\n" % i for i in range(3000))
    with open(p, "w") as f:
        f.write(text)
    with open(p) as f:
        lines = f.readlines()
    print(len(lines), lines[0], lines[-1], "".join(lines) == text)
    with open(p) as f:
        got = []
        while True:
            chunk = f.read(777)
            if not chunk:
                break
            got.append(chunk)
        print(len(got), "".join(got) == text)
    # errors and closed files
    f = open(p)
    f.close()
    for op in (f.read, f.readline, lambda: f.write("x"), f.tell, lambda: f.seek(0), f.fileno, lambda: next(f), f.__enter__):
        try:
            op()
        except ValueError as e:
            print("ValueError:", e)
    print(repr(f)[:25], f.closed, f.name == p)
    with open(p, "w") as f:
        try:
            f.read()
        except Exception as e:
            print(type(e).__name__, e)
    with open(p) as f:
        try:
            f.write("x")
        except Exception as e:
            print(type(e).__name__, e)
        try:
            f.write(b"x")
        except Exception as e:
            print(type(e).__name__, e)
    for mode in ("rw", "U", "rt+b", "z", "", "rr", "a+w"):
        try:
            open(p, mode)
        except ValueError as e:
            print("ValueError:", e)
    for kw in ({"newline": "x"}, {"buffering": 0}, {"encoding": "nope"}):
        try:
            open(p, **kw)
        except (ValueError, LookupError) as e:
            print(type(e).__name__, e)
    for bad in (3.5, None, [1]):
        try:
            open(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        open(p, 5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        open(p, encoding=5)
    except TypeError as e:
        print("TypeError:", e)
finally:
    _tmpdir.remove(base)
print(os.path.exists(base))
