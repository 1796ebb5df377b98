# In-place operators: __iadd__ etc., fallback to binary operators.
class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): print("iadd"); self.v += o; return self
    def __add__(self, o): print("add"); return Acc(self.v + o)
    def __isub__(self, o): print("isub"); self.v -= o; return self
    def __imul__(self, o): self.v *= o; return self
    def __itruediv__(self, o): self.v /= o; return self
    def __ifloordiv__(self, o): self.v //= o; return self
    def __imod__(self, o): self.v %= o; return self
    def __ipow__(self, o): self.v **= o; return self
    def __ilshift__(self, o): self.v <<= o; return self
    def __irshift__(self, o): self.v >>= o; return self
    def __iand__(self, o): self.v &= o; return self
    def __ior__(self, o): self.v |= o; return self
    def __ixor__(self, o): self.v ^= o; return self
    def __imatmul__(self, o): self.v = ("matmul", self.v, o); return self
a = Acc(10)
orig = a
a += 5; a -= 3; a *= 4; a //= 5; a **= 2; a %= 50; a <<= 3; a >>= 1; a |= 1; a &= 0xFE; a ^= 0xFF; a /= 2
print(a.v, a is orig)
a @= "x"
print(a.v)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
b = OnlyAdd(1)
ob = b
b += 1
print(b.v, b is ob)
class ReturnsOther:
    def __iadd__(self, o): return "replaced"
c = ReturnsOther()
c += 1
print(c)
class NotImpl:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "fell back to __add__"
d = NotImpl()
d += 1
print(d)
