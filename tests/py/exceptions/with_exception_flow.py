# Exception flow through with statements and __exit__ return values.
class CM:
    def __init__(self, swallow): self.swallow = swallow
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None, v)
        return self.swallow
def run(swallow):
    try:
        with CM(swallow):
            raise ValueError("inside with")
        return "continued after with"
    except ValueError:
        return "propagated"
print(run(True), run(False))
from contextlib import suppress
with suppress(ZeroDivisionError):
    1 / 0
print("suppress works")
def gen_cm():
    from contextlib import contextmanager
    @contextmanager
    def cm():
        try:
            yield "value"
        except KeyError as e:
            print("contextmanager caught", repr(e))
    return cm
with gen_cm()() as v:
    print("got", v)
    raise KeyError("k")
print("after")
