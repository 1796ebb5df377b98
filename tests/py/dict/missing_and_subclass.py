# __missing__ and dict subclasses.
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = Default(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d, d)
class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
low = Lower()
low["Key"] = 1
print(low, low["KEY"], dict.get(low, "key"))
low.update({"UPPER": 2})
print(low)
class Counting(dict):
    lookups = 0
    def __getitem__(self, key):
        Counting.lookups += 1
        return super().__getitem__(key)
cd = Counting(x=1)
cd["x"]; cd.get("x"); "x" in cd
print(Counting.lookups)
