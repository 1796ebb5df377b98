# os: environment, constants, fspath/PathLike, misc calls; the errno and stat modules.
import os
import errno
import stat

print(os.name, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.pathsep, os.devnull, os.extsep, os.altsep)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.error is OSError, "os.path" in __import__("sys").modules)
print(os.environ.get("GILT_SURELY_UNSET_VAR"), os.getenv("GILT_SURELY_UNSET_VAR", "dflt"), "GILT_SURELY_UNSET_VAR" in os.environ)
os.environ["GILT_TEST_VAR"] = "set"
print(os.environ["GILT_TEST_VAR"], os.getenv("GILT_TEST_VAR"), "GILT_TEST_VAR" in os.environ, os.environ.copy()["GILT_TEST_VAR"])
print(os.environ.setdefault("GILT_TEST_VAR", "other"), os.environ.setdefault("GILT_TEST_VAR2", "two"))
print(os.environ.pop("GILT_TEST_VAR2"), os.environ.pop("GILT_TEST_VAR2", "gone"))
del os.environ["GILT_TEST_VAR"]
print(os.getenv("GILT_TEST_VAR"), "GILT_TEST_VAR" in os.environ)
for f in (lambda: os.environ["GILT_NOPE"], lambda: os.environ[1], lambda: os.environ.__setitem__("x", 1),
          lambda: os.environ.__delitem__("GILT_NOPE"), lambda: os.putenv("a=b", "c"), lambda: 1 in os.environ):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
os.environ.update({"GILT_A": "1"}, GILT_B="2")
print(os.environ["GILT_A"], os.environ["GILT_B"], len(os.environ) == len(dict(os.environ)), type(os.environ.keys()).__name__)
print(isinstance(os.getpid(), int), os.getpid() > 0, os.cpu_count() >= 1, len(os.urandom(8)), os.urandom(0))
for f in (lambda: os.urandom(-1), lambda: os.urandom("x"), lambda: os.get_terminal_size(99)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(os.strerror(2), "|", os.strerror(13), "|", os.strerror(0), "|", os.strerror(99999))
print(os.fspath("a"), os.fspath(b"b"))


class P:
    def __fspath__(self):
        return "/from/fspath"


class Bad:
    def __fspath__(self):
        return 5


print(os.fspath(P()), isinstance(P(), os.PathLike), issubclass(P, os.PathLike), isinstance("x", os.PathLike))
for f in (lambda: os.fspath(3), lambda: os.fspath(Bad()), lambda: os.fspath(None)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(os.path.join(P(), "x"), os.fsencode("é"), os.fsdecode(b"abc"), os.fsencode(P()))
t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t[4] == t.elapsed)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
sr = os.stat_result(tuple(range(10)))
print(sr, sr.st_atime, sr.st_mtime_ns, sr[9], len(sr))
try:
    os.stat_result((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
print(os.get_exec_path(env={"PATH": "/a:/b"}))
# errno
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.EINVAL, errno.EAGAIN, errno.EWOULDBLOCK)
print(errno.errorcode[2], errno.errorcode[errno.EPIPE], len(errno.errorcode) > 100, errno.EDEADLK == errno.EDEADLOCK)
e = FileNotFoundError(errno.ENOENT, "No such file or directory", "x.txt")
print(type(e).__name__, e, e.args, e.errno, e.strerror, e.filename, e.filename2)
e = OSError(1, "msg")
print(e, e.args, e.errno, e.filename)
e = OSError("just text")
print(e, e.errno, e.strerror, e.args)
e = FileNotFoundError(2, "gone", "a", None, "b")
print(e, e.filename2, e.args)
e = PermissionError(13, "Permission denied")
print(e, isinstance(e, OSError), e.errno == errno.EACCES)
# stat
for mode in (0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0o104755, 0o102755, 0o041777, 0o041776):
    print(oct(mode), stat.filemode(mode), stat.S_ISREG(mode), stat.S_ISDIR(mode), stat.S_ISLNK(mode),
          stat.S_ISCHR(mode), stat.S_ISBLK(mode), stat.S_ISFIFO(mode), stat.S_ISSOCK(mode), oct(stat.S_IMODE(mode)),
          oct(stat.S_IFMT(mode)))
print(stat.S_IRWXU, stat.S_IRUSR, stat.S_IWUSR, stat.S_IXUSR, stat.S_IFDIR, stat.S_IFREG, stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME)
