# Methods inherited from object and their behaviour.
class C:
    pass
c = C()
print(c.__class__ is C, C.__dict__["__module__"], type(c.__dict__).__name__)
print(c.__eq__(c), c.__eq__(1), c.__ne__(c), c.__lt__(c), c.__hash__() == hash(c))
print(object.__new__(C).__class__.__name__, C.__init__ is object.__init__, c.__sizeof__() > 0)
print(c.__reduce_ex__(2)[0].__name__, c.__format__("") == str(c), type(c.__dir__()).__name__)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    C(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(object) if not n.startswith("__init")) [:8])
print(object.__doc__[:20], C.__doc__, C.__name__)
c.__class__ = type("Other", (), {})
print(type(c).__name__)
