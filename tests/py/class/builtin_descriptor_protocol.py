# Builtin descriptors expose __get__/__set__/__delete__ as methods (enum and
# functools look for them with hasattr).
def f(x=1):
    return x

print(hasattr(f, '__get__'), hasattr(f, '__set__'))
print(f.__get__(None, int) is f)
bound = f.__get__(5)
print(type(bound).__name__, bound())
print(hasattr(len, '__get__'), hasattr(str.join, '__get__'))
print(str.join.__get__(',')(['a', 'b']))


class Slotted:
    __slots__ = ('x',)


d = Slotted.__dict__['x']
print(hasattr(d, '__get__'), hasattr(d, '__set__'), hasattr(d, '__delete__'))
print(d.__name__, d.__objclass__ is Slotted)
s = Slotted()
d.__set__(s, 42)
print(d.__get__(s), s.x, d.__get__(None, Slotted) is d)
d.__delete__(s)
print(hasattr(s, 'x'))

g = type.__dict__['__name__']
print(hasattr(g, '__get__'), hasattr(g, '__set__'))
print(g.__get__(int))


class K:
    pass


g.__set__(K, 'Renamed')
print(K.__name__)

for bad in [lambda: d.__set__(s), lambda: d.__delete__(s, 1), lambda: f.__get__(None, None), lambda: f.__get__()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

# builtin callables expose __call__ (collections.abc.Callable checks for it)
def add(a, b=2): return a + b
print(add.__call__(1), add.__call__(1, b=5), len.__call__([1]), str.join.__call__(',', 'ab'), 'x'.upper.__call__())
class A:
    def m(self, x): return x * 2
print(A().m.__call__(4), '__call__' in type(len).__dict__, '__call__' in type(add).__dict__)
