# functools.lru_cache, cache and cached_property.
import functools
calls = []
@functools.lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n
print(square(2), square(2), square(3), square(4), square(2))
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info().currsize)
@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    calls.append(("typed", x))
    return x
typed(1); typed(1.0); typed(1)
print(typed.cache_info().misses, typed.cache_info().hits)
class Data:
    def __init__(self, v):
        self.v = v
    @functools.cached_property
    def expensive(self):
        print("computing expensive")
        return self.v * 100
d = Data(3)
print(d.expensive, d.expensive, "expensive" in vars(d))
del d.expensive
print(d.expensive)
@functools.lru_cache
def no_parens(x):
    return -x
print(no_parens(5), no_parens.__wrapped__(6), no_parens.__name__)
