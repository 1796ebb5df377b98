# del on names, items, slices and attributes.
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[::2]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class C: pass
c = C()
c.a = 1; c.b = 2
del c.a
print(vars(c))
try:
    del c.a
except AttributeError as e:
    print("AttributeError", e)
a, b, cc = 1, 2, 3
del a, b
print(cc, "a" in dir(), "b" in dir())
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
