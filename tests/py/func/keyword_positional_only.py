# Keyword-only and positional-only parameters.
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
for call in [lambda: pos(1, b=2, c=3, d=4), lambda: pos(1, 2, 3, 4)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def po_and_kw(x, /, **kwargs):
    return x, kwargs
print(po_and_kw(1, x=2))
def kwonly(*, a, b=2):
    return a, b
print(kwonly(a=1), kwonly(b=3, a=0))
import inspect
print(inspect.signature(pos), inspect.signature(kwonly), inspect.signature(po_and_kw))
print([p.kind.name for p in inspect.signature(pos).parameters.values()])
