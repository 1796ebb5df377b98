# except clauses: tuples, ordering, subclass matching, re-raise, as-binding cleanup.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup:{type(e).__name__}"
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return f"other:{type(e).__name__}"
for exc in [KeyError, IndexError("i"), ZeroDivisionError, OverflowError, ValueError, LookupError]:
    print(classify(exc))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except BaseException as e:
    print("BaseException catches", type(e).__name__)
try:
    try:
        raise ValueError("x")
    except TypeError:
        print("no")
except ValueError:
    print("propagated past non-matching handler")
e = "preexisting"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as err:
    print("TypeError:", err)
exc_types = (ValueError,)
try:
    raise ValueError("dynamic")
except exc_types as err:
    print("dynamic tuple", err)
import sys
try:
    raise KeyError("info")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v if hasattr(sys, "exception") else True)
print(sys.exc_info())
