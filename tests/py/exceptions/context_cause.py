# Implicit chaining (__context__) and explicit chaining (__cause__).
def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise TypeError("explicit") from ke
except TypeError as e:
    show(e)
try:
    try:
        raise KeyError("x")
    except KeyError:
        raise RuntimeError("hidden context") from None
except RuntimeError as e:
    show(e)
try:
    try:
        raise ValueError("first")
    finally:
        raise KeyError("in finally")
except KeyError as e:
    show(e)
try:
    raise ValueError("cause set manually")
except ValueError as e:
    e.__cause__ = IndexError("manual")
    show(e)
err = ValueError("standalone")
show(err)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise KeyError("c")
except KeyError as c:
    chain = []
    cur = c
    while cur:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
