# Return semantics: implicit None, multiple values, return in finally.
def implicit(): pass
def explicit(): return
def multiple(): return 1, "two", [3]
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
def finally_runs():
    log = []
    try:
        log.append("body")
        return log
    finally:
        log.append("cleanup")
print(implicit(), explicit(), multiple(), finally_overrides(), finally_runs())
def early_exit(items):
    for i, x in enumerate(items):
        if x < 0:
            return i
    return -1
print(early_exit([3, 4, -1, 5]), early_exit([1]))
def swallow():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(swallow())
def loop_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())
