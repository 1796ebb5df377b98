# try/finally inside generators: cleanup on close, on exhaustion, on garbage.
log = []
def resource(name):
    log.append(f"open {name}")
    try:
        yield f"{name}-1"
        yield f"{name}-2"
    finally:
        log.append(f"close {name}")
for v in resource("a"):
    log.append(v)
print(log); log.clear()
g = resource("b")
next(g)
g.close()
print(log); log.clear()
g = resource("c")
next(g)
del g
print(log); log.clear()
def with_inside():
    class CM:
        def __enter__(self): log.append("enter"); return self
        def __exit__(self, *a): log.append(f"exit {a[0].__name__ if a[0] else None}")
    with CM():
        yield 1
        yield 2
g = with_inside()
next(g)
g.close()
print(log)
