# replace, translate, maketrans.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("", "-"), s.replace("x", "y"), "aaa".replace("a", "aa"))
print("abc".replace("", "|", 2), "".replace("", "X"), s.replace("one", "", -1))
table = str.maketrans("abc", "xyz")
print(sorted(table.items()), "aabbcc".translate(table))
print("hello world".translate(str.maketrans("", "", "lo")), "hello".translate(str.maketrans({"h": "J", "o": None, "l": "LL"})))
print("abc".translate({97: 65, 98: "BB", 99: None}), "abc".translate({}))
print(str.maketrans({"a": 1}), str.maketrans("ab", "cd", "e"))
try:
    str.maketrans("abc", "de")
except ValueError as e:
    print("ValueError:", e)
