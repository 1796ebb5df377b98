# raise ... from None hides the context in the printed traceback.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no setting {k!r}") from None
lookup({}, "color")
