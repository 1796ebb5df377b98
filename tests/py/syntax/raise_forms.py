# raise forms: class, instance, from, bare re-raise, from None.
for thing in (ValueError, ValueError("inst")):
    try:
        raise thing
    except ValueError as e:
        print(type(e).__name__, e.args)
try:
    try:
        raise KeyError("original")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "cause:", repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
except ValueError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
def reraiser():
    try:
        raise TypeError("again")
    except TypeError:
        raise
try:
    reraiser()
except TypeError as e:
    print("re-raised", e)
try:
    raise
except RuntimeError as e:
    print("bare raise outside:", e)
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
