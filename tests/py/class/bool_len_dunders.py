# Truthiness through __bool__ and __len__ in if/while/and/or/not.
class Countdown:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Flag:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
c = Countdown(3)
while c:
    print("n =", c.n)
    c.n -= 1
print(Flag(True) and "yes", Flag(False) or "fallback", not Flag(False), [bool(Flag(v)) for v in (True, False)])
print(any([Countdown(0), Flag(False)]), all([Countdown(1), Flag(True)]))
print("ternary:", "T" if Countdown(0) else "F")
