# Local variable analysis: assignment anywhere makes a name local.
x = 1
def f1():
    return x
def f2():
    if False:
        x = 2
    try:
        return x
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
def f3():
    for x in range(2):
        pass
    return x
def f4():
    import math as x
    return x.__name__
def f5():
    [x for x in range(3)]
    return x
def f6():
    class x: pass
    return x.__name__
print(f1(), f2(), f3(), f4(), f5(), f6(), x)
def f7():
    del_me = 1
    del del_me
    try:
        return del_me
    except UnboundLocalError as e:
        return str(e)
print(f7())
