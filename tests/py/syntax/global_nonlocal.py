# global and nonlocal statements.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def make():
    global created
    created = "yes"
make()
print(created)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    return x, inner()
print(outer())
def a():
    v = "a"
    def b():
        def c():
            nonlocal v
            v = "changed by c"
        c()
    b()
    return v
print(a())
def shadow():
    counter = 100
    def inner():
        global counter
        return counter
    return inner()
print(shadow())
def multiple():
    p = q = 0
    def set_both():
        nonlocal p, q
        p, q = 1, 2
    set_both()
    return p, q
print(multiple())
