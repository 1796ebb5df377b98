# __index__ lets objects be used as indices and in bin/hex/range.
class Two:
    def __index__(self): return 2
t = Two()
print([10, 20, 30][t], "abc"[t], bin(t), hex(t), oct(t), range(t), list(range(5))[t:], (1, 2, 3)[:t])
print(operator_index := __import__("operator").index(t), int(t) if hasattr(Two, "__int__") else "no __int__")
print("x" * t, [0] * t, bytes(t) if False else "skip", (7).__pow__(t) if False else 7 ** int.__index__(2))
class NotIndex:
    pass
try:
    [1, 2][NotIndex()]
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self): return "x"
try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
import operator
print(operator.index(True), operator.index(5))
try:
    operator.index(2.0)
except TypeError as e:
    print("TypeError:", e)
