# Bare raise re-raises the active exception with its traceback; raise e appends frames.
def inner():
    raise ValueError("origin")
def count_tb(e):
    n, tb = 0, e.__traceback__
    while tb:
        n += 1
        tb = tb.tb_next
    return n
try:
    try:
        inner()
    except ValueError:
        raise
except ValueError as e:
    print("bare raise frames:", count_tb(e))
saved = None
try:
    inner()
except ValueError as e:
    saved = e
try:
    raise saved
except ValueError as e:
    print("raise saved frames:", count_tb(e), e is saved)
def handler():
    try:
        inner()
    except ValueError as e:
        return e
err = handler()
print(type(err).__name__, err, err.__traceback__ is not None)
