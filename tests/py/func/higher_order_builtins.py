# functools.partial, reduce, and function factories.
from functools import partial, reduce
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), square.func is power, square.args, square.keywords)
int2 = partial(int, base=2)
print(int2("1010"), int2("1111", base=10))
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(max, [3, 8, 2], 0), reduce(lambda a, b: a + b, [], "init"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
p2 = partial(partial(print, "a"), "b", sep="-")
p2("c")
