# Encodings round trips through bytes.
import codecs
texts = ["ascii", "Ünïcödé", "日本語", "emoji 🎉", ""]
for t in texts:
    for enc in ("utf-8", "utf-16", "utf-32", "utf-16-be"):
        assert t.encode(enc).decode(enc) == t
    print(repr(t), t.encode("utf-8"), len(t.encode("utf-16")), len(t.encode("utf-32")))
print(codecs.encode("abc", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.encode(b"hi", "hex"))
print(codecs.encode(b"hello", "base64"), codecs.lookup("UTF8").name, codecs.lookup("latin1").name)
print("x".encode("utf-8") is not None, "\u20ac".encode("utf-8"), b"\xe2\x82\xac".decode())
