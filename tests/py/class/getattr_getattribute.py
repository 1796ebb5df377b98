# __getattr__ fallback vs __getattribute__ interception, __setattr__, __delattr__.
class Fallback:
    real = "real"
    def __getattr__(self, name):
        return f"fallback:{name}"
f = Fallback()
print(f.real, f.anything, getattr(f, "other"), hasattr(f, "whatever"))
class Intercept:
    def __init__(self):
        self.data = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"missing {name}"
i = Intercept()
print(i.data, i.secret_key, i.nope)
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = 2
del r.a
print(r.log, vars(r))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
px = Proxy([3, 1, 2])
px.sort()
print(px._target, px.count(1), px.__class__.__name__)
try:
    len(px)
except TypeError as e:
    print("TypeError:", e)
class Raising:
    def __getattr__(self, name):
        raise AttributeError(f"custom {name}")
try:
    Raising().x
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(Raising(), "y", "default"))
