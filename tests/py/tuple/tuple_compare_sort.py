# Lexicographic comparison and sorting of tuples.
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]
print(sorted(pairs), sorted(pairs, reverse=True), sorted(pairs, key=lambda p: p[1]))
print(min(pairs), max(pairs), (1, 2, 3) == (1, 2, 3), (1, 2) != (1, 2.0))
try:
    (1, "a") < ("a", 1)
except TypeError as e:
    print("TypeError:", e)
print((1, float("nan")) == (1, float("nan")), (float("nan"),) < (1,))
nan = float("nan")
print((nan,) == (nan,), [nan] == [nan])
