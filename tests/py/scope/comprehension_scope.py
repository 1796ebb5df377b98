# Comprehension variables do not leak; the first iterable is evaluated in the enclosing scope.
x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y * i for i in range(3)])
def f():
    z = 5
    return [z + i for i in range(2)], {k: z for k in "ab"}, list(z * j for j in range(2))
print(f())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
i = "module i"
print([i for i in "ab"], i)
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested)
print([(a, b) for a in range(3) for b in range(a)])
def g():
    data = [1, 2, 3]
    return [n for n in data if n in data[1:]]
print(g())
