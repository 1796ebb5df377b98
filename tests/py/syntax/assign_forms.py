# Assignment statement forms: chained, tuple unpacking, starred, augmented, annotated.
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
[s, t] = "st"
print(s, t)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1, 2, 3]
print(init, tail)
head, *rest = "hello"
print(head, rest)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n **= 3; print(n)
n %= 7; print(n)
n <<= 4; print(n)
n >>= 2; print(n)
n |= 0b1001; print(n)
n &= 0b1110; print(n)
n ^= 0xFF; print(n)
f = 7.0
f /= 2; print(f)
lst = [1, 2]
alias = lst
lst += [3]
print(alias, alias is lst)
tup = (1,)
tup2 = tup
tup += (2,)
print(tup, tup2)
v: int = 3
print(v)
w: list
print('w' in dir())
lst[0], lst[1] = lst[1], lst[0]
print(lst)
d = {}
d['k'] = d2 = {}
d2['z'] = 1
print(d)
i = 0
arr = [0, 0, 0]
i, arr[i] = 1, 9
print(i, arr)
obj = type('O', (), {})()
obj.a = obj.b = 'shared'
print(obj.a, obj.b)
