# __repr__ vs __str__ and their defaults.
class Both:
    def __repr__(self): return "Both(repr)"
    def __str__(self): return "Both(str)"
class ReprOnly:
    def __repr__(self): return "ReprOnly()"
class StrOnly:
    def __str__(self): return "StrOnly-str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(repr(b), repr(r), str(r), str(s))
print([b, r], (b,), {"k": b}, f"{b}|{b!r}|{r}", "%s %r" % (b, b))
print(repr(s).startswith("<__main__.StrOnly object at 0x"))
class Default: pass
print(str(Default()).startswith("<__main__.Default object at "), repr(Default) , str(Default))
class Nested:
    class Inner:
        pass
print(repr(Nested.Inner), Nested.Inner.__qualname__)
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Recursive:
    def __init__(self): self.me = [self]
    def __repr__(self): return f"R({len(self.me)})"
print(Recursive(), [Recursive()])
