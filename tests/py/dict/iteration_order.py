# Insertion order preserved through updates, deletions and rebuilds.
d = {}
for ch in "the quick brown fox":
    d[ch] = d.get(ch, 0) + 1
print(d)
for key in list(d):
    if d[key] == 1:
        del d[key]
print(d)
d = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del d[i]
d[0] = "back"
print(d)
big = {}
for i in range(1000):
    big[i] = i
for i in range(990):
    del big[i]
print(big)
print(list({3: "a", 1: "b", 2: "c"}), sorted({3: "a", 1: "b", 2: "c"}))
