# Comparisons between ints, floats, bools, and big values.
print(1 < 2, 2 <= 2, 3 > 4, 3 >= 3, 5 == 5, 5 != 5)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(10 ** 20 < float("inf"), -10 ** 400 < float("-inf"), 10 ** 400 > 1e308)
print(True == 1, False < 1, True + True)
print(sorted([3, -1, 2.5, True, 0, -7.25]))
print(max(1, 2.0), min(2, 2.0), max(2.0, 2), min(-0.0, 0))
try:
    1 < "2"
except TypeError as e:
    print("TypeError:", e)
try:
    [] > 1
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", None == 0, [] == 0)
print((2 ** 100) > (2 ** 99) * 1.9, 2 ** 1000 > 1e300)
