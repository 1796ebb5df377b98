# super() in various forms and contexts.
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return f"A.c({cls.__name__})"
    @staticmethod
    def s(): return "A.s"
class B(A):
    def f(self): return "B.f>" + super().f()
    @classmethod
    def c(cls): return "B.c>" + super().c()
    def explicit(self): return super(B, self).f()
    def skip(self): return super(A, self).__class__.__name__
    def static_via_super(self): return super().s()
class C(B):
    def f(self): return "C.f>" + super().f()
    def grand(self): return super(B, self).f()
c = C()
print(c.f(), C.c(), c.explicit(), c.grand(), c.static_via_super())
print(super(C, c).f(), super(B, C).c())
sup = super(B, c)
print(type(sup).__name__, sup.__thisclass__.__name__, sup.__self_class__.__name__)
class NoArgs:
    def m(self):
        def inner():
            return super().__repr__
        try:
            inner()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
print(NoArgs().m())
class WithInit(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.extra = True
w = WithInit(a=1)
print(w, w.extra)
