# len() of every builtin container and custom objects.
items = ["", "abc", [], [1, 2], (), (1,), {}, {"a": 1}, set(), {1, 2, 3}, frozenset([1]), b"ab", bytearray(3),
         range(10), range(0, 10, 3), memoryview(b"xyz"), {"a": 1}.keys(), {"a": 1}.values(), {"a": 1}.items()]
print([len(x) for x in items])
class L:
    def __len__(self): return 7
print(len(L()))
class Big:
    def __len__(self): return 2 ** 100
try:
    len(Big())
except OverflowError as e:
    print("OverflowError:", e)
try:
    len(iter([]))
except TypeError as e:
    print("TypeError:", e)
