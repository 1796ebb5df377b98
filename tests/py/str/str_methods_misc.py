# Remaining str methods.
print("Hello {0}, {name}!".format("A", name="B"), "{} {}".format(1, 2), "{0}{0}".format("x"))
print("{x[0]} {y.real}".format(x=[9], y=3j), "{:>5}|{:<5}|{:^5}".format("a", "b", "c"))
print("%(k)s=%(v)d" % {"k": "n", "v": 5}, "Name: {n}".format_map({"n": "dict"}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Default(a=1)))
print("Ab".__len__(), str.upper("x"), str.join("-", "ab"), "abc".__getitem__(slice(None, None, -1)))
print("tab\tsep".expandtabs(3), "a".isupper(), "A1".isupper(), "1".islower(), "aA".swapcase())
print("x".ljust(3, "é"), "ß".upper(), "İ".lower(), len("İ".lower()))
print("Hello".index("l"), "Hello".rindex("l"), "Hello".find("l", 3, 4))
