# nonlocal binds to the nearest enclosing function scope.
def a():
    x = "a"
    def b():
        x = "b"
        def c():
            nonlocal x
            x = "changed b's x"
        c()
        return x
    return b(), x
print(a())
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def dec():
        nonlocal n
        n -= 1
        return n
    return inc, dec
inc, dec = counter_pair()
print(inc(), inc(), dec(), inc())
try:
    exec("def f():\n    nonlocal q\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("def f():\n    x = 1\n    global x\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
def loop_nonlocal():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
    return total
print(loop_nonlocal())
