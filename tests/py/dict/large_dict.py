# Many insertions and deletions keep the dict consistent.
d = {}
for i in range(5000):
    d[f"k{i}"] = i
for i in range(0, 5000, 3):
    del d[f"k{i}"]
print(len(d), d["k1"], d.get("k3"), list(d)[:4], list(d)[-2:])
total = sum(d.values())
print(total)
for i in range(0, 5000, 3):
    d[f"k{i}"] = -i
print(len(d), list(d)[-3:], sum(d.values()))
ints = {i * 7919 % 10007: i for i in range(3000)}
print(len(ints), ints[7919], min(ints), max(ints))
