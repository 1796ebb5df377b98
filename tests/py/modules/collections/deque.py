# collections.deque.
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.index(7), d.count(1), 3 in d)
d.remove(7); d.insert(1, "x"); print(d)
d.reverse(); print(d, list(reversed(d)))
lim = deque(maxlen=3)
for i in range(6):
    lim.append(i)
print(lim, lim.maxlen)
lim.appendleft("L"); print(lim)
print(deque("abc") + deque("de"), deque([1]) * 3, deque([1, 2]) == deque([1, 2]), deque() == [])
c = d.copy(); c.clear(); print(c, d)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
d2 = deque(range(10))
del d2[3]
d2[0] = "first"
print(d2, d2[5])
try:
    for x in d2:
        d2.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
