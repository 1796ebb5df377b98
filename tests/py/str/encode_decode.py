# str.encode / bytes.decode with codecs and error handlers.
s = "Grüße, 世界 €"
for enc in ("utf-8", "utf-16", "utf-16-be", "utf-32-le", "latin-1" if False else "utf-8-sig"):
    b = s.encode(enc)
    print(enc, len(b), b[:8], b.decode(enc) == s)
print("café".encode("latin-1"), "café".encode("ascii", "replace"), "café".encode("ascii", "ignore"))
print("café €".encode("ascii", "xmlcharrefreplace"), "café".encode("ascii", "backslashreplace"))
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff abc".decode("utf-8", "replace"), b"\xff abc".decode("utf-8", "ignore"), b"\xff".decode("utf-8", "backslashreplace"))
print(b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("cp1252"), "€".encode("cp1252"))
print(b"\xe2\x82".decode("utf-8", "replace"), b"\xc0\x80".decode("utf-8", "replace"))
print("abc".encode(), str(b"abc", "ascii"), str(b"\xc3\xa9", encoding="utf-8"), "x".encode("UTF8"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(b"\xe9".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
