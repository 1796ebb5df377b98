# locals(), globals(), vars() snapshots.
g_value = 1
def f(a, b=2):
    c = 3
    snapshot = sorted(locals().items())
    return snapshot
print(f(1))
def g():
    x = 1
    loc = locals()
    x = 2
    return loc["x"], locals()["x"]
print(g())
class K:
    p = 1
    q = sorted(k for k in locals() if not k.startswith("__"))
print(K.q)
print(vars(K)["p"], "g_value" in globals(), globals() is vars(), locals() is globals())
import math
print(sorted(k for k in vars(math) if k.startswith("is")))
