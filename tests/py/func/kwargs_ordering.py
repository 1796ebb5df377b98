# **kwargs preserve call-site order.
def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3), show(**{"b": 1, "a": 2}, c=3))
def merge(*dicts, **extra):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(extra)
    return out
print(merge({"a": 1}, {"b": 2, "a": 3}, c=4))
def f(a, **kw):
    return a, kw
print(f(1, **{"b": 2}), f(a=1, b=2), f(**{"a": 1, "kw": 2}))
