# Names in class bodies are not visible from methods or nested scopes.
x = "module"
class C:
    x = "class"
    y = x
    def method(self):
        return x
    lam = lambda self: x
    gen = [x for _ in range(1)]
print(C.y, C().method(), C().lam(), C.gen)
def f():
    x = "function"
    class D:
        z = x
        x = "class-D"
        w = x
        def m(self): return x
    return D
D = f()
print(D.z, D.w, D().m())
def g():
    v = "enclosing"
    class E:
        print("in body, v =", v)
        def m(self):
            return v
    return E().m()
print(g())
