# Calling objects: __call__, bound methods, builtins, classes.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(Adder), callable(5), callable("s"), callable(print))
m = [1, 2].count
print(m(1), m.__self__, m.__name__)
class C:
    def method(self, x): return ("method", x)
    @staticmethod
    def st(x): return ("static", x)
    @classmethod
    def cm(cls, x): return ("class", cls.__name__, x)
c = C()
print(c.method(1), C.method(c, 2), c.st(3), C.st(4), c.cm(5), C.cm(6))
bm = c.method
print(bm.__self__ is c, bm.__func__ is C.method, bm(7))
five = 5
try:
    five()
except TypeError as e:
    print("TypeError:", e)
try:
    C.method(1)
except TypeError as e:
    print("TypeError:", e)
try:
    s = "x"
    s()
except TypeError as e:
    print("TypeError:", e)
