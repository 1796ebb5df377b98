# dict construction, access, insertion order.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d), d["a"], "a" in d, "z" in d, 1 in d)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=1), dict(zip("ab", range(2))))
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), {1: "a", 1.0: "b", True: "c"})
try:
    d["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
del d["b"]
d["b"] = "re-added"
print(d)
print({**d, "a": "over"}, d | {"z": 26}, {"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
e = {"x": 1}
e |= {"y": 2}
print(e)
print(dict(a=1) != dict(a=2), list(reversed({"p": 1, "q": 2})))
