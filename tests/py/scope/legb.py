# LEGB name resolution: local, enclosing, global, builtin.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()
print(outer(), x)
def builtin_lookup():
    return len("abc")
print(builtin_lookup())
len = lambda s: "shadowed len"
print(builtin_lookup(), len("x"))
del len
print(len("abcd"))
import builtins
def uses_print():
    return print
print(uses_print() is builtins.print)
def shadow_builtin_locally():
    max = 5
    return max
print(shadow_builtin_locally(), max(1, 2))
def outer2():
    y = 1
    def mid():
        def inner():
            return y
        return inner()
    y = 2
    return mid()
print(outer2())
