# Sets of user objects with __eq__/__hash__.
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"P({self.x},{self.y})"
pts = {P(1, 2), P(1, 2), P(3, 4)}
print(len(pts), P(1, 2) in pts, P(9, 9) in pts)
print(sorted(pts, key=lambda p: (p.x, p.y)))
class NoHash:
    def __eq__(self, o): return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class IdHash: pass
a = IdHash()
print(len({a, a, IdHash()}))
