# Uncaught chained exceptions print every traceback in the chain.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e
def load():
    try:
        return parse("abc")
    finally:
        print("cleanup in load")
load()
