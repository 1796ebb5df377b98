# repr/str of lists, recursion, equality with other sequences.
a = [1, "s", 2.0, None, [3]]
print(repr(a), str(a))
b = []
b.append(b)
print(b, b == b)
print([1, 2] == (1, 2), list((1, 2)) == [1, 2], [1, 2] == [1.0, 2.0])
print([[]] * 2, [[], []] == [[]] * 2)
