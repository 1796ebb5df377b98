# isinstance and issubclass with tuples, unions and ABCs.
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (list, int))))
print(isinstance("s", str | None), isinstance(None, int | None), isinstance([], list | tuple), isinstance(1.0, int | str))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(list, list), issubclass(int, bool))
import collections.abc as abc
print(isinstance([], abc.Sequence), isinstance({}, abc.Mapping), isinstance(set(), abc.MutableSet), isinstance("", abc.Iterable))
print(isinstance(iter([]), abc.Iterator), isinstance(len, abc.Callable), isinstance(5, abc.Hashable), isinstance((), abc.MutableSequence))
print(issubclass(dict, abc.MutableMapping), issubclass(tuple, abc.Sequence), issubclass(str, abc.Container), issubclass(bytes, abc.ByteString))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), isinstance(A, type), isinstance(B, A))
print(isinstance(int, type), isinstance(type, type), issubclass(type, object), isinstance(object, object))
try:
    isinstance(1, [int])
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, ()), issubclass(int, ()))
