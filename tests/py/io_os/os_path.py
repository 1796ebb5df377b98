# os.path (posixpath) string functions, with str and bytes.
import os
import posixpath
p = os.path
print(p is posixpath, p.__name__, p.sep, p.pathsep, p.curdir, p.pardir, p.extsep, p.altsep, p.devnull, p.defpath)
cases = ["", "/", "//", "///", "a", "/a", "a/", "a/b", "/a/b/", "//a/b", "a//b", "./a", "../a", "a/./b", "a/../b",
         "a/b/..", "/..", "/../a", "../..", ".", "..", "a.txt", ".bashrc", "a/.b.c", "archive.tar.gz", "a.b/c", "...x",
         "/a/b/c.txt", "~", "~/x", "x~"]
for c in cases:
    print(repr(c), p.split(c), p.splitext(c), repr(p.basename(c)), repr(p.dirname(c)), repr(p.normpath(c)), p.isabs(c))
print(p.join("a", "b", "c.txt"), p.join("/abs", "x"), p.join("a", "/root", "b"), p.join("a", ""), p.join("", "b"),
      p.join("a/", "b"), p.join(""), p.join("a", "", "", "b"))
print(p.join(b"a", b"b"), p.split(b"/x/y"), p.splitext(b"f.py"), p.normpath(b"a//b/../c"), p.basename(b"/q/r"))
for bad in ((b"a", "b"), ("a", 3)):
    try:
        p.join(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.relpath("/a/b", "/c/d"), p.relpath("a", "a"))
print(p.relpath("x/y") == os.path.join("x", "y"), p.relpath(os.getcwd()))
for paths in (["/a/b/c", "/a/b/d"], ["a/b", "a/c"], ["/a", "/a/b"], ["/x"], ["a/./b", "a/b/c"]):
    print(p.commonpath(paths))
for bad in ([], ["/a", "b"]):
    try:
        p.commonpath(bad)
    except ValueError as e:
        print("ValueError:", e)
print(repr(p.commonprefix(["abc", "abd", "ab"])), repr(p.commonprefix([])), p.commonprefix(["/usr/lib", "/usr/local"]))
print(p.splitdrive("/a/b"), p.normcase("AbC"), p.abspath("/x/../y"), p.abspath("q") == p.join(os.getcwd(), "q"))
try:
    p.relpath("")
except ValueError as e:
    print("ValueError:", e)
os.environ["GILT_PATH_TEST"] = "/opt/thing"
print(p.expandvars("$GILT_PATH_TEST/bin ${GILT_PATH_TEST}x $GILT_NOPE_Q ${GILT_NOPE_Q} $ a$"), p.expandvars("plain"))
home = os.environ.get("HOME")
os.environ["HOME"] = "/home/someone"
print(p.expanduser("~"), p.expanduser("~/x/y"), p.expanduser("x~"), p.expanduser("~/"))
if home is None:
    del os.environ["HOME"]
else:
    os.environ["HOME"] = home
print(p.exists("/"), p.isdir("/"), p.isfile("/"), p.exists("/surely/not/here"), p.ismount("/"), p.lexists("/nope/x"))
print(p.exists(""), p.isdir(""), p.exists(b"/"), p.getsize(__file__) > 0)
try:
    p.getsize("/surely/not/here")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
print(p.realpath("/") , p.realpath("/./usr/../") , p.realpath("/surely/not/../here"))
