# setattr/getattr/delattr/hasattr/vars on instances and classes.
class Obj: pass
o = Obj()
for name, val in [("a", 1), ("b", [2]), ("with space", 3)]:
    setattr(o, name, val)
print(vars(o), getattr(o, "with space"), hasattr(o, "b"), hasattr(o, "zz"))
delattr(o, "a")
print(vars(o))
setattr(Obj, "cls_attr", "on class")
print(o.cls_attr, Obj.cls_attr)
def method(self): return "bound later"
Obj.method = method
print(o.method(), Obj.method(o))
o.__dict__["direct"] = "dict"
print(o.direct)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
o.__dict__.clear()
print(vars(o))
