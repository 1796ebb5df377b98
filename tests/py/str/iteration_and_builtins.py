# Iterating strings and applying builtins.
s = "Hello"
print(list(s), tuple(s), set("aab") == {"a", "b"}, dict(enumerate("ab")))
print(list(reversed(s)), sorted(s), "".join(sorted(s, reverse=True)))
print([c for c in s if c.islower()], list(map(ord, s)), list(zip(s, s[1:])))
print(len(s), s.__len__(), s.__getitem__(1), s.__contains__("ell"), s.__add__("!"), s.__mul__(2))
it = iter(s)
print(next(it), next(it), list(it))
print(str(), str(123), str(1.5), str([1, "a"]), str(None), str(str))
print(repr("multi\nline"), str("multi\nline").count("\n"))
