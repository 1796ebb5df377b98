# nonlocal and global edge cases.
x = "global"
def read_global():
    return x
def shadow_local():
    x = "local"
    return x
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "assigned later"
print(read_global(), shadow_local(), x)
unbound()
def make():
    val = 0
    def get():
        return val
    def set_(v):
        nonlocal val
        val = v
    return get, set_
g, s = make()
s(42)
print(g())
def global_in_nested():
    def inner():
        global new_global
        new_global = "made"
    inner()
global_in_nested()
print(new_global)
def loop_closures():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return [fn() for fn in fns]
print(loop_closures())
