# Misc builtins: repr of builtins, help-free checks, memoryview, NotImplemented, Ellipsis.
print(repr(len), repr(print), repr(int), repr(None), repr(NotImplemented), repr(Ellipsis))
print(bool(NotImplemented) if False else "skip", Ellipsis is ..., type(None)(), type(NotImplemented).__name__)
import builtins
names = [n for n in dir(builtins) if not n.startswith("_") and n[0].islower()]
print(len(names) > 60, sorted(names)[:12])
print(builtins.len is len, __builtins__ is builtins or __builtins__ is builtins.__dict__)
