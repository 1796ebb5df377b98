# is* predicate methods.
samples = ["abc", "ABC", "Abc", "abc123", "123", "١٢٣", "½", "²", " \t\n", "", "Hello World", "hello_world",
           "ab cd", "Ⅻ", "x\u0301", "True", "\x00", "é", "MiXeD", "Title Case Here", "not Title"]
preds = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "islower", "isupper",
         "istitle", "isidentifier", "isprintable", "isascii"]
print(" ".join(p[2:] for p in preds))
for s in samples:
    print(repr(s), "".join("1" if getattr(s, p)() else "." for p in preds))
