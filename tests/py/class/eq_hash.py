# __eq__ and __hash__ interplay.
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
class EqHash(EqOnly):
    def __hash__(self): return hash(self.v)
print(len({EqHash(1), EqHash(1), EqHash(2)}), EqHash(1) in {EqHash(1)})
class Inherit(EqHash):
    pass
print(hash(Inherit(5)) == hash(5))
class InheritEq(EqHash):
    def __eq__(self, o): return False
print(InheritEq.__hash__)
class Default:
    pass
a = Default()
print(a == a, a == Default(), hash(a) == hash(a), a != Default())
class ExplicitNone:
    __hash__ = None
try:
    {ExplicitNone()}
except TypeError as e:
    print("TypeError:", e)
from collections.abc import Hashable
print(isinstance(EqOnly(1), Hashable), isinstance(EqHash(1), Hashable), isinstance([], Hashable))
class Mutable:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
m = Mutable(1)
s = {m}
m.v = 2
print(m in s, Mutable(2) in s, Mutable(1) in s, len(s))
