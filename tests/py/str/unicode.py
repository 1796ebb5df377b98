# Unicode strings: code points, surrogates, combining characters, escapes.
s = "aé中😀"
print(len(s), [ord(c) for c in s], [hex(ord(c)) for c in s])
print(chr(0x1F600), chr(233), chr(0), repr(chr(0)), repr("\x7f"), repr("\x80"), repr("\xa0"), repr("\xad"))
print(repr("\u200b"), repr("\ud800"), repr("é"), repr("\U0001F600"), repr("\t\n\r\\"), repr("'"), repr('"'), repr("'\""))
print(s.encode("utf-8"), s.encode("utf-16-le")[:6], len(s.encode("utf-8")))
print("e\u0301" == "é", len("e\u0301"), "e\u0301".upper())
print(sorted(["b", "a", "é", "Z", "z", "É", "1"]))
print("Straße".upper().lower(), "ΣΑΣ".lower(), "ﬃ".upper(), len("ﬃ".upper()))
print("\N{GREEK SMALL LETTER ALPHA}\N{LATIN SMALL LETTER E WITH ACUTE}")
print(ascii("héllo 😀"), ascii("plain"), ascii(["é"]))
print("😀" > "中", "a" < "é", max("hello"), min("Hello"))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print("\ud83d".encode("utf-8", "surrogatepass"), "abc\udcff".encode("utf-8", "surrogateescape"))
