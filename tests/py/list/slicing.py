# list slicing and slice assignment.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:], a[1:8:3], a[8:1:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[:0] = [-1, -2]
print(b)
b[len(b):] = [100]
print(b)
b[::2] = ["E"] * len(b[::2])
print(b)
del b[::3]
print(b)
del b[1:]
print(b)
c = [1, 2, 3]
c[1:2] = []
print(c)
c[:] = "xyz"
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    c[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
d = [0, 1, 2, 3]
d[1:3] = d
print(d)
e = list(range(6))
e[::-2] = "abc"
print(e)
