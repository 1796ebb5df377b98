# Call-site unpacking order and evaluation order of arguments.
order = []
def v(x):
    order.append(x)
    return x
def f(*a, **k):
    return a, k
print(f(v(1), *[v(2), v(3)], v(4), k=v(5), **{"z": v(6)}))
print(order)
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*(1, 2), 3), three(1, *[2], **{"c": 3}), three(**dict(c=1, b=2, a=3)))
args = (1,)
kwargs = {"c": 5}
print(three(*args, 2, **kwargs))
try:
    three(1, *(2, 3), c=4)
except TypeError as e:
    print("TypeError:", e)
