# *args and **kwargs collection and errors.
def f(a, b=0, *args, c, d=4, **kwargs):
    return a, b, args, c, d, sorted(kwargs.items())
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, c=1, a=2),
    lambda: f(1, 2, c=3, **{"c": 4}),
    lambda: (lambda x: x)(1, 2),
    lambda: (lambda: 0)(x=1),
    lambda: (lambda x, y: 0)(1),
    lambda: (lambda x, y, z: 0)(1),
    lambda: (lambda *, k: 0)(),
    lambda: (lambda a, /: 0)(a=1),
    lambda: (lambda *, k: 0)(1),
    lambda: (lambda a, b=1: 0)(1, 2, 3),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print("TypeError:", e)
def only_kwargs(**kw):
    return kw
print(only_kwargs(), only_kwargs(a=1, b=2), only_kwargs(**{"x-y": 1}))
try:
    only_kwargs(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
