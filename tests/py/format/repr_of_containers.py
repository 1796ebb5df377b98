# repr of nested and recursive containers.
a = [1, "two", 3.0, None, True, (4, 5), {"k": [6]}, {7}, frozenset(), b"x", bytearray(b"y")]
print(a)
print(repr(a))
r = [1]
r.append(r)
print(r)
d = {}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
print({"a": {"b": {"c": {}}}}, [[[]]], ((),), [()], ({},))
print(repr("str in list"), ["it's"], ['say "hi"'], ["both ' and \""])
print([1.0, 1e100, -0.0, float("nan")], {1: 1.5}, (1,), ())
