# Subclassing tuple and tuple identity-free behaviour.
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return f"Pair{tuple(self)}"
p = Pair(1, 2)
print(p, p.first, p + (3,), type(p + (3,)).__name__, p[::-1], isinstance(p, tuple), len(p))
print(tuple(p) == (1, 2), p == (1, 2), sorted([Pair(2, 1), Pair(1, 5)]))
