# Subclass reflected methods take priority over the left operand's method.
class Base:
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o): return "Derived.__radd__"
    def __add__(self, o): return "Derived.__add__"
print(Base() + Derived())
print(Derived() + Base())
print(Base() + Base())
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return f"radd({o})"
print(5 + Num(1), Num(1) + Num(2) if False else "skip")
try:
    Num(1) + 5
except TypeError as e:
    print("TypeError:", e)
class Str(str):
    def __radd__(self, o): return "Str.__radd__"
print("plain" + Str("sub"))
class L(list):
    def __radd__(self, o): return "L.__radd__"
print([1] + L([2]))
print(1 + 2.5, 2.5 + 1, True + 1.5, (1).__add__(2.5))
