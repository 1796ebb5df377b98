# Builtin type constructors with various inputs.
print(int(), float(), str(), bool(), complex(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray())
print(int("12"), int(12.9), int("-0x1f", 16), float("1e-3"), str(12), str(b"x"), bool("x"), complex("2j"))
print(list("ab"), tuple([1]), dict(a=1), set("aab") == {"a", "b"}, frozenset([1]) == {1}, bytes(2), bytearray(b"ab"))
print(type(int("1")).__name__, type(float(1)).__name__, int.__call__("7"), str.__new__(str, "new"))
print(object(), ) if False else print(type(object()).__name__)
print(slice(3), range(2), memoryview(b"a").tobytes(), type(NotImplemented).__name__, type(...).__name__)
