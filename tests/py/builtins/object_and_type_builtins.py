# object(), type(), super(), property(), staticmethod(), classmethod() as callables.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
def getter(self): return "via property()"
def sm(): return "via staticmethod()"
def cm(cls): return f"via classmethod() on {cls.__name__}"
K = type("K", (), {"p": property(getter), "s": staticmethod(sm), "c": classmethod(cm)})
k = K()
print(k.p, k.s(), K.s(), k.c(), K.c())
class Base:
    def hello(self): return "base hello"
class Derived(Base):
    def hello(self): return "derived + " + super(Derived, self).hello()
print(Derived().hello())
print(property.__name__, staticmethod.__name__, classmethod.__name__, super.__name__, type.__name__)
