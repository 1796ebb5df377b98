# __call__ on instances and classes.
class Multiplier:
    def __init__(self, k): self.k = k
    def __call__(self, x, *, times=1): return x * self.k * times
triple = Multiplier(3)
print(triple(5), triple(2, times=10), list(map(triple, [1, 2])), callable(triple))
class Memo:
    def __init__(self, fn):
        self.fn, self.cache = fn, {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), len(slow_square.cache))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class CallAttr:
    pass
c = CallAttr()
c.__call__ = lambda: "instance attr"
try:
    c()
except TypeError as e:
    print("TypeError:", e)
