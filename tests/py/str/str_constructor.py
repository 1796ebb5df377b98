# str() and repr() of many objects.
print(str(1), str(-0.0), str(1e100), str(True), str(None), str(...), str(NotImplemented))
print(str([1, [2, "3"]]), str((1,)), str({"a": (1, 2)}), str({1}), str(set()), str(frozenset()))
print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\\"), repr("\x00\x1f"), repr("\u0394"))
print(str(b"bytes"), str(bytearray(b"ba")), str(range(3)), str(slice(1, 2)))
print(str(int), str(len), str(type(None)), str(ValueError("m")), repr(ValueError("m")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(Exception(1, 2)), str(Exception(1, 2)))
class A:
    def __str__(self): return "A.str"
    def __repr__(self): return "A.repr"
print(str(A()), repr(A()), [A()], f"{A()}", f"{A()!r}", "%s %r" % (A(), A()))
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
print(str(OnlyRepr()), OnlyRepr())
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
class BadStr:
    def __str__(self): return 5
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
