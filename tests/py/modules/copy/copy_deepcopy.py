# copy.copy and copy.deepcopy, including cycles and custom hooks.
import copy
orig = {"list": [1, [2, 3]], "tuple": (1, [2]), "str": "s"}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["list"][1].append(4)
orig["tuple"][1].append(5)
print(sh["list"], dp["list"], sh["tuple"], dp["tuple"], sh is orig, sh["list"] is orig["list"], dp["str"] is orig["str"])
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
shared = [0]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1])
class Custom:
    def __init__(self, v):
        self.v = v
        self.log = []
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called, memo is dict:", isinstance(memo, dict))
        return Custom(copy.deepcopy(self.v, memo))
c = Custom([1])
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
print(c1.v is c.v, c2.v is c.v, c2.v == c.v)
class Plain:
    def __init__(self):
        self.items = [1, 2]
p = Plain()
pc = copy.copy(p)
pd = copy.deepcopy(p)
p.items.append(3)
print(pc.items, pd.items, type(pc).__name__)
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
import types
f = lambda: 1
print(copy.copy(f) is f, copy.deepcopy(f) is f)
print(copy.replace if hasattr(copy, "replace") else "no copy.replace in 3.11")
