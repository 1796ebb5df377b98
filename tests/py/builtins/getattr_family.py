# getattr, setattr, delattr, hasattr.
class C:
    x = 1
    @property
    def boom(self):
        raise ValueError("property failed")
    @property
    def missing(self):
        raise AttributeError("property says missing")
c = C()
print(getattr(c, "x"), getattr(c, "y", "default"), hasattr(c, "x"), hasattr(c, "y"), hasattr(c, "missing"))
try:
    hasattr(c, "boom")
except ValueError as e:
    print("hasattr propagates ValueError:", e)
try:
    getattr(c, "y")
except AttributeError as e:
    print("AttributeError:", e)
setattr(c, "y", 2)
print(c.y, getattr(c, "y"))
delattr(c, "y")
print(hasattr(c, "y"))
setattr(C, "z", "class-level")
print(c.z)
print(getattr(1, "real"), getattr("s", "upper")(), getattr([], "__len__")())
for call in [lambda: getattr(c, 1), lambda: setattr(c, None, 1), lambda: delattr(c, "x"), lambda: setattr(1, "a", 1)]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
