# Default argument values are evaluated once.
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []))
def safe(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe(1), safe(2))
n = 10
def snapshot(v=n):
    return v
n = 20
print(snapshot())
def many(a, b=2, c=3):
    return a, b, c
print(many(1), many(1, 5), many(1, c=9), many(a=0, c=1, b=2))
print(many.__defaults__)
many.__defaults__ = (20, 30)
print(many(1))
def kwd(*, x=1, y):
    return x, y
print(kwd(y=2), kwd.__kwdefaults__)
