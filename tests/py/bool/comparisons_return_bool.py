# Comparison results, bool identities, and bool in containers.
vals = [1 < 2, 1 == 1, "a" in "abc", [] is [], isinstance(1, int), callable(len)]
print(vals, [type(v).__name__ for v in vals])
print(True in [1], 1 in [True], {True: "t", 1: "one"}, {1, True, 1.0})
print(True is True, (1 == 1) is True, bool([1]) is True)
print(list(map(bool, [0, 1, "", "x", None])))
print(False.__bool__(), True.__index__(), (5 > 3).__class__)
