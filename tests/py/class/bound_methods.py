# Bound and unbound methods, method identity and equality.
class C:
    def m(self): return self
    def __repr__(self): return "C()"
c = C()
bm1, bm2 = c.m, c.m
print(bm1 == bm2, bm1 is bm2, bm1.__self__, bm1.__func__ is C.m, bm1() is c)
print(C.m(c) is c, type(bm1).__name__, type(C.m).__name__)
m = c.m
del C.m
print(m() is c)
try:
    c.m()
except AttributeError as e:
    print("AttributeError:", e)
class D:
    def __init__(self): self.f = lambda: "instance lambda (no self)"
print(D().f())
lst = []
add = lst.append
for i in range(3):
    add(i)
print(lst, add.__self__ is lst, add.__name__)
print(str.upper("x"), "x".upper.__self__, type("x".upper).__name__)
