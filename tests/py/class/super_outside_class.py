# super() without arguments: the implicit __class__ cell reaches nested functions; outside a class it fails at run time.
def f():
    return super().x
try:
    f()
except RuntimeError as e:
    print("RuntimeError:", e)
def g(self):
    return super().x
try:
    g(1)
except RuntimeError as e:
    print("RuntimeError:", e)
class A:
    def m(self):
        def inner():
            return super().__repr__
        try:
            inner()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
    def n(self):
        def inner(x):
            return super().__repr__
        return inner(self)
    def c(self):
        return __class__
print(A().m())
try: A().n()
except TypeError as e: print(e)
print(A().c())
class B(A):
    def m(self):
        return (lambda: super().m())()
print(B().m())
