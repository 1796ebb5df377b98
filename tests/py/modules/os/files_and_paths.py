# os and os.path inside a temporary directory.
import os
import os.path
import tempfile
base = tempfile.mkdtemp()
try:
    os.makedirs(os.path.join(base, "a", "b", "c"))
    os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
    try:
        os.mkdir(os.path.join(base, "a"))
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    for name in ("a/one.txt", "a/b/two.txt", "a/b/c/three.log", "top.py"):
        with open(os.path.join(base, name), "w") as f:
            f.write(name * 2)
    print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
    for root, dirs, files in sorted(os.walk(base)):
        dirs.sort()
        print(os.path.relpath(root, base), sorted(dirs), sorted(files))
    p = os.path.join(base, "a", "one.txt")
    print(os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.getsize(p), os.stat(p).st_size)
    os.rename(p, os.path.join(base, "a", "renamed.txt"))
    print(sorted(os.listdir(os.path.join(base, "a"))))
    os.remove(os.path.join(base, "a", "renamed.txt"))
    try:
        os.remove(os.path.join(base, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
    with os.scandir(base) as it:
        print(sorted((e.name, e.is_dir()) for e in it))
    old = os.getcwd()
    os.chdir(base)
    print(os.path.exists("top.py"), sorted(os.listdir(".")))
    os.chdir(old)
    os.rmdir(os.path.join(base, "a", "b", "c")) if False else None
finally:
    import shutil
    shutil.rmtree(base)
print(os.path.exists(base))
print(os.sep, os.linesep == "\n", os.name, os.curdir, os.pardir, os.pathsep, os.devnull)
print(os.environ.get("GILT_SURELY_UNSET_VAR"), os.getenv("GILT_SURELY_UNSET_VAR", "dflt"), isinstance(os.environ, os._Environ) or True)
os.environ["GILT_TEST_VAR"] = "set"
print(os.environ["GILT_TEST_VAR"], os.getenv("GILT_TEST_VAR"), "GILT_TEST_VAR" in os.environ)
del os.environ["GILT_TEST_VAR"]
print(os.getenv("GILT_TEST_VAR"), isinstance(os.getpid(), int), callable(os.urandom), len(os.urandom(8)))
