# Rich comparisons, reflection, functools.total_ordering.
import functools
class Ver:
    def __init__(self, s): self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o): return isinstance(o, Ver) and self.t == o.t
    def __lt__(self, o):
        if not isinstance(o, Ver): return NotImplemented
        return self.t < o.t
    def __repr__(self): return "Ver(%s)" % ".".join(map(str, self.t))
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs), max(vs), Ver("1.0") == Ver("1.0"), Ver("1.0") != Ver("1.1"))
print(Ver("2.0") > Ver("1.0"))
try:
    Ver("1.0") <= Ver("1.0")
except TypeError as e:
    print("TypeError:", e)
@functools.total_ordering
class Money:
    def __init__(self, c): self.c = c
    def __eq__(self, o): return self.c == o.c
    def __lt__(self, o): return self.c < o.c
print(Money(1) <= Money(1), Money(2) >= Money(3), Money(2) > Money(1))
class Logger:
    def __init__(self, n): self.n = n
    def __eq__(self, o): print(f"{self.n}.__eq__({o.n})"); return NotImplemented
    def __lt__(self, o): print(f"{self.n}.__lt__({o.n})"); return NotImplemented
    def __gt__(self, o): print(f"{self.n}.__gt__({o.n})"); return NotImplemented
a, b = Logger("a"), Logger("b")
print(a == b)
print(a != b)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
class Sub(Logger): pass
s = Sub("s")
print(a == s)
class AlwaysEq:
    def __eq__(self, o): return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5, [1, 2].count(AlwaysEq()), AlwaysEq() in [7])
