# Lambda expressions with every parameter kind.
print((lambda: 42)())
print((lambda x: x + 1)(1))
print((lambda x, y=10: x * y)(3))
print((lambda *a: a)(1, 2, 3))
print((lambda **k: sorted(k.items()))(b=2, a=1))
print((lambda a, /, b, *, c: (a, b, c))(1, 2, c=3))
print((lambda *a, k=0, **kw: (a, k, kw))(1, k=2, z=3))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5) + "!")
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda: (yield))().__class__.__name__)
print((lambda x: lambda y: x * y)(6)(7))
f = lambda: None
print(f.__name__, f.__qualname__)
