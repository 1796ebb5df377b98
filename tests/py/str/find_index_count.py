# Searching methods.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.rfind("the"), s.rfind("o"), s.rfind("o", 0, 20))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), s.count("o", 15, 30))
print(s.find(""), s.find("", 100), s.rfind(""), "abc".find("c", -1), "abc".find("a", -10, -2))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")), s.startswith(("a", "t")))
print(s.endswith("lazy", 0, -4), s.startswith(""), "".endswith(""))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
print("aaaa".count("aa"), "ababab".count("aba"), "".count(""), "abc".count("", 1))
print("x" in s, "quick" in s, "" in s, "brown fox" not in s)
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
