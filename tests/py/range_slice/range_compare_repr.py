# range repr, equality edge cases and conversions.
print(repr(range(0)), repr(range(1, 2)), repr(range(1, 2, 1)), repr(range(1, 5, 2)))
print(range(1, 2, 1) == range(1, 2), range(0, 10, 3) == range(0, 12, 3), range(0, 11, 3) == range(0, 12, 3))
print(tuple(range(3)), set(range(3)), list(range(3)) == [0, 1, 2], str(range(2)))
print(range(10)[3:100], range(10)[-100:2], range(0, 10, 3)[1:], range(5).count(3), range(5).index(4))
print(type(range(1)).__name__, isinstance(range(3), range), len(range(-5)))
