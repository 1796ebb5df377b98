# dict methods.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 99), d.setdefault("d", 4), d)
print(d.pop("d"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
c = d.copy()
c["a"] = 100
print(d["a"], c["a"])
d.clear()
print(d, len(d))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print(sorted({"b": 1, "a": 2}.items()), list({"b": 1, "a": 2}.keys()), list({"b": 1, "a": 2}.values()))
print(dict.fromkeys(["x", "y"], []), {}.get(1, [])),
