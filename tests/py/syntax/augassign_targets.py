# Augmented assignment on attributes and subscripts evaluates the target once.
log = []
class Obj:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        log.append("get")
        return self._v
    @v.setter
    def v(self, value):
        log.append("set")
        self._v = value
o = Obj()
o.v += 5
print(o.v, log)
class Seq:
    def __init__(self):
        self.data = [10, 20]
    def __getitem__(self, i):
        log.append(f"getitem {i}")
        return self.data[i]
    def __setitem__(self, i, v):
        log.append(f"setitem {i} {v}")
        self.data[i] = v
log.clear()
idx_calls = []
def idx():
    idx_calls.append(1)
    return 1
s = Seq()
s[idx()] *= 3
print(s.data, log, idx_calls)
d = {"a": [1]}
d["a"] += [2]
print(d)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(t)
