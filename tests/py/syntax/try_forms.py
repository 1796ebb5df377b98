# try/except/else/finally in every combination.
def attempt(exc):
    out = []
    try:
        out.append("try")
        if exc:
            raise exc
    except ValueError:
        out.append("ValueError")
    except (TypeError, KeyError) as e:
        out.append("Type/Key " + type(e).__name__)
    except Exception:
        out.append("other")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
for e in (None, ValueError, TypeError("t"), KeyError, ZeroDivisionError):
    print(attempt(e))
try:
    pass
finally:
    print("bare finally")
try:
    raise IndexError
except:
    print("bare except")
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
nested()
try:
    1 / 0
except ZeroDivisionError as err:
    msg = str(err)
print(msg)
try:
    err
except NameError:
    print("err was deleted after except")
