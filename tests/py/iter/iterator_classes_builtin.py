# Types of builtin iterators and their basic protocol.
iterables = [[1, 2], (1, 2), "ab", b"ab", {1: 2}, {1, 2}, range(2), bytearray(b"ab"), {1: 2}.items(), {1: 2}.values()]
for obj in iterables:
    it = iter(obj)
    print(type(obj).__name__, type(it).__name__, iter(it) is it, next(it), hasattr(it, "__length_hint__"))
import operator
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter(range(10))), operator.length_hint(reversed([1, 2])))
it = iter([1, 2, 3])
next(it)
print(operator.length_hint(it), list(it), operator.length_hint(it))
