# map/filter are lazy; functions run on demand.
log = []
def f(x):
    log.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log)
log.clear()
flt = filter(lambda x: log.append(x) or x > 1, [0, 1, 2, 3])
print(log, next(flt), log)
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
print(list(map(str.upper, "abc")), list(map(int, "123")), list(map(len, ["a", "bb"])))
