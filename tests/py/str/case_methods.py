# Case conversion methods.
samples = ["hello world", "Hello World", "HELLO", "hELLO wORLD", "ß straße", "ǅungla", "123abc", "", "ΣΑΣ", "o'neil's", "İstanbul"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
print("they're bill's friends".title())
print("ﬁ".upper(), "ǈ".lower(), "ǈ".upper(), "ǈ".title())
