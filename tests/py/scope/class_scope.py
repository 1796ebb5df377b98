# Class scopes: not enclosing for methods, comprehensions in class bodies.
v = "module v"
class A:
    v = "class v"
    w = v + "!"
    def get(self):
        return v
    names = [n for n in ["a", "b"]]
    upper = [v.upper() for _ in range(1)] if False else None
print(A.w, A().get(), A.names)
class B:
    x = 1
    class Inner:
        try:
            y = x
        except NameError as e:
            y = f"NameError: {e}"
print(B.Inner.y)
def f():
    z = "function z"
    class C:
        a = z
        def m(self):
            return z
    return C
C = f()
print(C.a, C().m())
class D:
    items = [1, 2, 3]
    total = sum(i for i in items)
    try:
        doubled = [i * factor for i in items for factor in [2]]
    except NameError as e:
        doubled = str(e)
print(D.total, D.doubled)
class E:
    n = 3
    try:
        seq = [n for _ in range(2)]
    except NameError as e:
        seq = f"NameError: {e}"
print(E.seq)
