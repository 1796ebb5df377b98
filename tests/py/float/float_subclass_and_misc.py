# float subclass, float.__getformat__ free checks, and is_integer on big values.
class Temperature(float):
    def __str__(self):
        return f"{float(self):.1f}°"
t = Temperature(21.456)
print(t, repr(t), t + 1, type(t + 1).__name__, isinstance(t, float))
print(float.fromhex((0.1).hex()) == 0.1, (0.1).hex())
vals = [1e16, 1e17, 12345678901234567890.0]
print([v.is_integer() for v in vals], [int(v) for v in vals])
print(sorted([0.3, 0.1, 0.2], reverse=True), max([1.5, float("-inf")]))
print(divmod(-7.0, 2), divmod(7.0, -2), divmod(0.0, 1), 3.0 % -2)
