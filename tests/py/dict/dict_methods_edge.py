# Edge cases of dict methods: fromkeys sharing, update forms, setdefault returns.
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
d = {}
d.update(a=1)
d.update({"b": 2}, c=3)
d.update([("d", 4)])
d.update({})
print(d)
print(d.setdefault("a"), d.setdefault("new"), d)
print({}.get("x"), {"x": None}.get("x", "default"), "x" in {"x": None})
try:
    d.update(1)
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
print(dict([("a", 1), ("a", 2)]), dict(zip("aa", (1, 2))), dict({}, **{}))
