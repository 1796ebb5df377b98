# strip family, padding and alignment methods.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt..".rstrip("."))
print(repr("hi".center(10)), repr("hi".center(9, "*")), repr("hi".ljust(6, "-")), repr("hi".rjust(6, "0")))
print(repr("hello".center(3)), repr("abc".center(6)), repr("abc".center(7)), repr("ab".center(5)))
print("42".zfill(6), "-42".zfill(6), "+7".zfill(4), "abc".zfill(5), "".zfill(3), "12345".zfill(3))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"), "abc".removesuffix(""))
print(repr("a\tb\tc".expandtabs()), repr("a\tbb\tccc".expandtabs(4)), repr("x\ty\nab\tz".expandtabs(2)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print(repr("\u3000 x \u00a0".strip()), repr("\x1c\x1dx".strip()))
