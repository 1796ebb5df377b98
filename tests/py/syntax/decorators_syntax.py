# Decorator syntax: stacking, arguments, arbitrary expressions (PEP 614).
def tag(name):
    def deco(f):
        def wrapper(*a):
            return f"<{name}>{f(*a)}</{name}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("hi"))
decos = {"upper": lambda f: lambda: f().upper()}
@decos["upper"]
def shout():
    return "quiet"
print(shout())
class Registry:
    def __init__(self):
        self.items = []
    def register(self, f):
        self.items.append(f.__name__)
        return f
reg = Registry()
@reg.register
def one(): pass
@reg.register
def two(): pass
print(reg.items)
@(lambda f: f.__name__ * 2)
def odd(): pass
print(odd)
order = []
def trace(n):
    order.append(f"make {n}")
    def d(f):
        order.append(f"apply {n}")
        return f
    return d
@trace(1)
@trace(2)
def traced(): pass
print(order)
