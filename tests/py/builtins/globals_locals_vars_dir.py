# globals(), locals(), vars(), dir().
top = 1
print(globals()["top"], "top" in dir(), sorted(k for k in globals() if not k.startswith("__")))
def f(a):
    b = 2
    return sorted(locals()), sorted(dir())
print(f(1))
class C:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def method(self):
        pass
c = C()
print(vars(c), sorted(k for k in vars(C) if not k.startswith("__")))
print([n for n in dir(c) if not n.startswith("__")], "__init__" in dir(C))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class Custom:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Custom()))
import math
print(dir(math)[:6], "sqrt" in dir(math))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10])
