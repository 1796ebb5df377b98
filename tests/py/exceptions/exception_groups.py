# ExceptionGroup construction, split, subgroup, derive.
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), ExceptionGroup("inner", [KeyError("k")])])
print(eg, repr(eg.message), len(eg.exceptions), [type(x).__name__ for x in eg.exceptions])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(eg.subgroup(OSError))
print(type(ExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print("ValueError:", e)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), KeyError(2)])
m, r = mg.split(KeyError)
print(type(m).__name__, m.message, r.message)
