# min/max with key and default.
words = ["pear", "fig", "banana", "kiwi"]
print(min(words), max(words), min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min(3, 1, 2), max(3, 1, 2, key=lambda v: -v), min([], default=None), max((), default="empty"))
print(min([2, 1, 1.0]), max([1, 1.0, True]), min("b", "a", key=str.upper), max([[1], [1, 0]]))
print(max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get), min(range(10), key=lambda x: (x - 4) ** 2))
print(max([(1, "b"), (1, "a"), (0, "z")]), min(iter([5, 4, 6])), max("hello world"))
try:
    max([], key=len)
except ValueError as e:
    print("ValueError:", e)
try:
    min(1, 2, default=3)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
