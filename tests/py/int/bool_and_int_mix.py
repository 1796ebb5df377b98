# Arithmetic mixing int with bool and float.
print(True + 1, True * 10, False - 1, True / 2, True // 1, -True)
print(3 + 0.5, 3 * 1.5, 7 - 2.0, type(3 + 0.0).__name__, type(True + True).__name__)
print(sum([True, True, False, True]), 10 * False)
print(isinstance(True, int), issubclass(bool, int), int.__mro__)
print(round(7), round(7, -1), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2))
print(type(round(7, 1)).__name__, round(5), round(-5, 0))
