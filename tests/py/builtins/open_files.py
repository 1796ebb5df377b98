# open() on files in a temporary directory: text and binary modes, modes, encodings.
import os
import tempfile
import shutil
d = tempfile.mkdtemp()
try:
    p = os.path.join(d, "test.txt")
    with open(p, "w") as f:
        print(f.write("line one\n"), f.write("línea dos\n"), f.writable(), f.readable(), f.mode, f.closed)
        f.writelines(["third\n", "fourth"])
    print(f.closed)
    with open(p) as f:
        print(repr(f.read()))
    with open(p) as f:
        print(f.readline(), end="")
        print(f.readlines())
    with open(p) as f:
        print([line.rstrip("\n") for line in f])
    with open(p, "a") as f:
        f.write("\nappended")
    with open(p, "rb") as f:
        data = f.read()
        print(type(data).__name__, len(data), data[:12], data.count(b"\n"))
    with open(p, encoding="utf-8") as f:
        print(f.read(4), f.tell(), f.read(4))
        f.seek(0)
        print(repr(f.read(8)))
    bp = os.path.join(d, "data.bin")
    with open(bp, "wb") as f:
        f.write(bytes(range(10)))
    with open(bp, "r+b") as f:
        f.seek(5)
        f.write(b"\xff")
        f.seek(0)
        print(list(f.read()))
    with open(bp, "xb") if False else open(os.path.join(d, "new.bin"), "xb") as f:
        f.write(b"x")
    try:
        open(os.path.join(d, "new.bin"), "x")
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    try:
        open(os.path.join(d, "missing.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
    try:
        open(p, "rw")
    except ValueError as e:
        print("ValueError:", e)
    lp = os.path.join(d, "latin.txt")
    with open(lp, "w", encoding="latin-1") as f:
        f.write("café")
    with open(lp, "rb") as f:
        print(f.read())
    with open(lp, encoding="utf-8", errors="replace") as f:
        print(f.read())
    with open(p, "w", newline="") as f:
        f.write("a\r\nb\n")
    with open(p, newline="") as f:
        print(repr(f.read()))
    with open(p) as f:
        print(repr(f.read()))
    f = open(p)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print("ValueError:", e)
    print(sorted(os.listdir(d)))
finally:
    shutil.rmtree(d)
print(os.path.exists(d))
