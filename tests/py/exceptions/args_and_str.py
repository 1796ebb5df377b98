# Exception args, str(), repr() for various argument counts and types.
for e in [Exception(), Exception("one"), Exception("a", "b"), Exception(1), ValueError(None), KeyError("k"), KeyError(),
          KeyError("a", "b"), IndexError("i"), OSError(2, "No such file"), OSError(2, "No such file", "f.txt"),
          FileNotFoundError(2, "nope", "x.txt"), StopIteration(5), SystemExit(3), UnicodeError("u"),
          SyntaxError("msg", ("file.py", 3, 4, "bad line\n")), AttributeError("attr")]:
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args)
e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, type(e).__name__)
e2 = OSError(2, "x")
print(type(e2).__name__, isinstance(e2, FileNotFoundError))
s = SyntaxError("msg", ("file.py", 3, 4, "bad line\n"))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
k = KeyError("missing")
k.args = ("changed",)
print(k)
class Custom(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
c = Custom(404, "not found")
print(c, repr(c), c.args, c.code)
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuperInit(5)
print(repr(n), n.args, str(n))
