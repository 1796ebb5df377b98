# def statement features: annotations, defaults, docstrings, attributes.
def annotated(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b, args, c, kw]
print(annotated(1))
print(annotated.__annotations__)
print(annotated.__defaults__, annotated.__kwdefaults__)
print(annotated.__name__, annotated.__code__.co_argcount, annotated.__code__.co_kwonlyargcount)
def f():
    """Doc."""
f.custom = 5
print(f.__doc__, f.custom, f.__dict__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
def no_return():
    x = 1
print(no_return())
def early(n):
    if n:
        return
    return "late"
print(early(1), early(0))
def multi():
    return 1, 2
print(multi())
def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, c=3))
print(pos_only.__code__.co_posonlyargcount)
