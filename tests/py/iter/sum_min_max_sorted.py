# Reducing builtins over iterables.
print(sum([]), sum([1, 2], 10), sum([[1], [2]], []), sum((0.1, 0.2)), sum(range(10), start=5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(min([3, 1, 2]), max("hello"), min(3, 1, 2), max([1, 5], [2]), min([], default="empty"), max([], key=len, default=0))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), max([(1, "b"), (1, "a")]))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
print(max(2, 2.0), max(2.0, 2), min([0, False]), max([True, 1]))
print(sorted("bca"), sorted([3, 1], reverse=True), sorted(range(5), key=lambda x: -x))
print(any([]), all([]), any([0, ""]), all([1, "x"]), any(iter([0, 1])))
