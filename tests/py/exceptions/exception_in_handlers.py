# Exceptions in except/else/finally blocks.
def f(mode):
    try:
        if mode == "raise":
            raise ValueError("body")
    except ValueError:
        raise TypeError("from except")
    else:
        if mode == "else":
            raise KeyError("from else")
    finally:
        if mode == "finally":
            raise IndexError("from finally")
    return "normal"
for mode in ["none", "raise", "else", "finally"]:
    try:
        print(mode, f(mode))
    except Exception as e:
        print(mode, type(e).__name__, e, "| context:", repr(e.__context__))
