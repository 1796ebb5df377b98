# Arithmetic operator dunders, reflected and in-place variants.
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def _op(self, other, f):
        if isinstance(other, V):
            return V(*(f(a, b) for a, b in zip(self.c, other.c)))
        if isinstance(other, (int, float)):
            return V(*(f(a, other) for a in self.c))
        return NotImplemented
    def __add__(self, o): return self._op(o, lambda a, b: a + b)
    def __radd__(self, o): print("radd"); return self._op(o, lambda a, b: b + a)
    def __sub__(self, o): return self._op(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._op(o, lambda a, b: b - a)
    def __mul__(self, o): return self._op(o, lambda a, b: a * b)
    def __rmul__(self, o): return self._op(o, lambda a, b: b * a)
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b)
    def __rtruediv__(self, o): return self._op(o, lambda a, b: b / a)
    def __floordiv__(self, o): return self._op(o, lambda a, b: a // b)
    def __rfloordiv__(self, o): return self._op(o, lambda a, b: b // a)
    def __mod__(self, o): return self._op(o, lambda a, b: a % b)
    def __rmod__(self, o): return self._op(o, lambda a, b: b % a)
    def __pow__(self, o, mod=None): return self._op(o, lambda a, b: pow(a, b, mod))
    def __rpow__(self, o): return self._op(o, lambda a, b: b ** a)
    def __divmod__(self, o): return (self // o, self % o)
    def __rdivmod__(self, o): return (o // self, o % self)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return V(*(+a for a in self.c))
    def __abs__(self): return V(*(abs(a) for a in self.c))
    def __invert__(self): return V(*(~a for a in self.c))
v, w = V(1, 2), V(3, 4)
print(v + w, v - w, v * 2, 2 * v, 10 - v, v / 2, 12 / w, w // 2, 7 // w, w % 2, 7 % w)
print(v ** 2, 2 ** v, pow(w, 2, 5), divmod(w, 2), divmod(7, w), v @ w, -v, +v, abs(V(-1, 2)), ~v)
print(1 + v)
print(sum([v, w]), sum([v, w], V(0, 0)))
try:
    v + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - v
except TypeError as e:
    print("TypeError:", e)
try:
    v @ 1
except AttributeError as e:
    print("AttributeError:", e)
