# Globals are looked up at call time, not definition time.
def use_later():
    return later_defined()
def later_defined():
    return "found at call time"
print(use_later())
def changes():
    return value
value = "v1"
print(changes())
value = "v2"
print(changes())
def recursive(n):
    return n if n <= 0 else recursive(n - 1)
alias = recursive
def recursive(n):
    return "replaced"
print(alias(3))
