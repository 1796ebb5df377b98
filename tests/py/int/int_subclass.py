# Subclassing int.
class Meters(int):
    def __repr__(self):
        return f"Meters({int(self)})"
    def __add__(self, other):
        return Meters(int(self) + int(other))
m = Meters(5)
print(m, repr(m), m + 3, type(m + 3).__name__, m * 2, type(m * 2).__name__)
print(isinstance(m, int), m == 5, hash(m) == hash(5), m.bit_length())
class Flag(int):
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj
f = Flag(3, "three")
print(f, f.name, f + 1, str(f), f"{f:03d}")
print(sorted([Meters(3), 1, Meters(2)]))
