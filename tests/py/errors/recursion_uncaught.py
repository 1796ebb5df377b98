# An uncaught RecursionError prints a traceback with repeated lines collapsed.
def f(n):
    return f(n + 1) + 1
f(0)
