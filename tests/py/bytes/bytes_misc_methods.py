# More bytes/bytearray methods and classmethods.
print(bytes.fromhex("00ff"), bytearray.fromhex("ab cd"), b"Ab".swapcase(), b"ab-cd".title(), b"  ".isspace())
print(b"abc".rjust(6, b"-"), b"a b".split(b" "), b"x".join([bytearray(b"1"), b"2"]), type(bytearray(b"-").join([b"a"])).__name__)
print(b"aXbXc".split(b"X", maxsplit=1), b"a\tb".expandtabs(), b"hello".rstrip(b"lo"), b"ab".zfill(4))
print(b"python".center(10), b"12abc".isalnum(), b"".isalpha(), b"Hello World".istitle())
print(bytes.maketrans(b"a", b"b")[97], len(bytes.maketrans(b"", b"")))
print(b"one two".rsplit(maxsplit=1), b"abc".index(b"c", 1), b"aaa".rfind(b"a", 0, 2))
print(b"\x61\x62".decode("ascii"), b"%s" % "é".encode(), b"%r" % b"x" if False else b"%a" % "é")
