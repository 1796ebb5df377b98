# os file system calls in a scratch directory: directories, listing, stat, rename, remove, walk, chdir.
import os
import stat
import _tmpdir

base = _tmpdir.make()
try:
    os.makedirs(os.path.join(base, "a", "b", "c"))
    os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
    for args in ((os.path.join(base, "a"),), ):
        try:
            os.mkdir(*args)
        except FileExistsError as e:
            print("FileExistsError", e.errno, e.strerror, e.filename == args[0])
    try:
        os.makedirs(os.path.join(base, "a"))
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    for name in ("a/one.txt", "a/b/two.txt", "a/b/c/three.log", "top.py"):
        with open(os.path.join(base, name), "w") as f:
            f.write(name * 2)
    print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
    print(sorted(os.listdir(os.fsencode(base))))
    for root, dirs, files in os.walk(base):
        dirs.sort()
        print(os.path.relpath(root, base), dirs, sorted(files))
    print([os.path.relpath(r, base) for r, d, f in os.walk(base, topdown=False)])
    for root, dirs, files in os.walk(base):
        dirs[:] = [d for d in dirs if d != "b"]
        print("pruned", os.path.relpath(root, base), dirs)
    print(list(os.walk(os.path.join(base, "nope"))))
    errors = []
    list(os.walk(os.path.join(base, "nope"), onerror=errors.append))
    print([type(e).__name__ for e in errors])
    p = os.path.join(base, "a", "one.txt")
    st = os.stat(p)
    print(st.st_size, len(st), st[6], stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), type(st.st_mtime).__name__,
          type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8], isinstance(st.st_ino, int), st.st_nlink)
    print(stat.S_ISDIR(os.stat(base).st_mode), stat.filemode(os.stat(base).st_mode)[0], os.lstat(p).st_size)
    print(type(st).__name__, st.n_sequence_fields, st.n_fields, repr(st).startswith("os.stat_result(st_mode="))
    print(os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.getsize(p), os.path.islink(p))
    print(os.path.getmtime(p) == st.st_mtime, os.path.samefile(p, os.path.join(base, "a", "..", "a", "one.txt")))
    os.rename(p, os.path.join(base, "a", "renamed.txt"))
    os.replace(os.path.join(base, "a", "renamed.txt"), os.path.join(base, "a", "replaced.txt"))
    print(sorted(os.listdir(os.path.join(base, "a"))))
    os.remove(os.path.join(base, "a", "replaced.txt"))
    for f, args in ((os.remove, ("nope",)), (os.unlink, ("nope",)), (os.rmdir, ("nope",)), (os.listdir, ("nope",)),
                    (os.stat, ("nope",)), (os.rename, ("nope", "nope2")), (os.chdir, ("nope",)),
                    (os.rmdir, ("a",)), (os.remove, ("a",)), (os.rmdir, ("top.py",)), (os.listdir, ("top.py",)),
                    (os.mkdir, ("top.py",))):
        old = os.getcwd()
        os.chdir(base)
        try:
            f(*args)
        except OSError as e:
            print(f.__name__, type(e).__name__, e)
        finally:
            os.chdir(old)
    for f in (os.stat, os.listdir, os.mkdir, os.remove, os.lstat):
        try:
            f(3.5)
        except TypeError as e:
            print("TypeError:", e)
    try:
        os.stat("a\0b")
    except ValueError as e:
        print("ValueError:", e)
    with os.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(), e.is_symlink(),
              e.stat().st_size == os.stat(e.path).st_size, os.fspath(e) == e.path)
    os.symlink(os.path.join(base, "top.py"), os.path.join(base, "link.py"))
    os.symlink("a", os.path.join(base, "dirlink"))
    print(os.path.islink(os.path.join(base, "link.py")), os.readlink(os.path.join(base, "dirlink")))
    print(sorted((e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in os.scandir(base)))
    print(os.path.realpath(os.path.join(base, "dirlink", "b")) == os.path.realpath(os.path.join(base, "a", "b")))
    print(os.lstat(os.path.join(base, "link.py")).st_size != os.stat(os.path.join(base, "link.py")).st_size)
    old = os.getcwd()
    os.chdir(base)
    print(os.getcwd() == os.path.realpath(base), os.path.exists("top.py"), sorted(os.listdir()), sorted(os.listdir(".")))
    with open("rel.txt", "w") as f:
        f.write("relative")
    print(open(os.path.join(base, "rel.txt")).read(), os.path.abspath("rel.txt") == os.path.join(os.getcwd(), "rel.txt"))
    os.chdir("a")
    print(os.path.basename(os.getcwd()), sorted(os.listdir("..")))
    os.chdir(old)
    print(os.getcwd() == old)
    fd = os.open(os.path.join(base, "fd.bin"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b"written by fd"), os.fstat(fd).st_size)
    os.close(fd)
    fd = os.open(os.path.join(base, "fd.bin"), os.O_RDONLY)
    print(os.read(fd, 7), os.read(fd, 100), os.read(fd, 10))
    os.close(fd)
    print(os.access(os.path.join(base, "fd.bin"), os.R_OK), os.access(os.path.join(base, "nope"), os.F_OK))
    os.chmod(os.path.join(base, "fd.bin"), 0o600)
    print(oct(stat.S_IMODE(os.stat(os.path.join(base, "fd.bin")).st_mode)))
    os.utime(os.path.join(base, "fd.bin"), (1000000000, 1000000000))
    print(os.stat(os.path.join(base, "fd.bin")).st_mtime)
    os.truncate(os.path.join(base, "fd.bin"), 3)
    print(os.path.getsize(os.path.join(base, "fd.bin")))
    os.makedirs(os.path.join(base, "x", "y"))
    os.removedirs(os.path.join(base, "x", "y"))
    print(os.path.exists(os.path.join(base, "x")))
finally:
    _tmpdir.remove(base)
print(os.path.exists(base))
