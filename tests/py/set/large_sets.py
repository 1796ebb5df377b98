# Many insertions and removals.
s = set()
for i in range(10000):
    s.add(i * 31 % 10007)
print(len(s), min(s), max(s))
for i in range(0, 10007, 2):
    s.discard(i)
print(len(s), sorted(s)[:5], sorted(s)[-3:])
t = set(range(0, 10000, 3))
print(len(s & t), len(s | t), len(s - t), len(s ^ t))
