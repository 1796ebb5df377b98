# iter(callable, sentinel) and next with default.
data = [3, 2, 1, 0, 5]
pos = 0
def read():
    global pos
    v = data[pos]
    pos += 1
    return v
print(list(iter(read, 0)))
print(pos)
import io
f = io.StringIO("line1\nline2\n\nline4\n")
for line in iter(f.readline, "\n"):
    print(repr(line))
counter = iter(range(3))
print(next(counter), next(counter), next(counter), next(counter, "default"))
try:
    next(counter)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(len, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
