# Evaluation order of assignments with multiple targets and subscripts.
log = []
class Logger(dict):
    def __setitem__(self, k, v):
        log.append(("set", k, v))
        super().__setitem__(k, v)
def val(v):
    log.append(("eval", v))
    return v
d = Logger()
d[val("k1")] = d[val("k2")] = val(1)
print(log)
log.clear()
a = [0, 0, 0]
i = 0
i, a[i] = 1, 2
print(i, a)
x = [1, 2, 3]
x[0], x[x[0] - 4] = 5, 6
print(x)
y = {}
y["a"], y["b"] = y["c"] = (1, 2)
print(y)
