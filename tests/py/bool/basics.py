# bool type behaviour.
print(True, False, repr(True), str(False), int(True), float(False))
print(bool(), bool(0), bool(1), bool(-1), bool("False"), bool([]), bool(None))
print(True + True, True * 3, True / 2, -True, ~False, True << 3)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True & 1).__name__)
print(type(True).__name__, type(True + True).__name__, isinstance(False, int))
print(True == 1, False == 0, True is bool(1), hash(True), hash(False))
print(bool.__mro__, bool.__bases__)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(f"{True}", f"{True:d}", f"{True:>6}", format(False, "5"), "%s %d" % (True, True))
print(sorted([True, False, True]), max(True, 0), sum([True] * 7))
print(True and "yes", False or "no", not True, not False)
print(str(True).upper(), repr(True).lower())
