# Patterns with enumerate and zip.
names = ["ann", "bob", "cid"]
scores = [90, 85, 77]
for rank, (n, s) in enumerate(zip(names, scores), start=1):
    print(f"{rank}. {n}: {s}")
print(dict(zip(names, scores)), list(zip(*zip(names, scores))))
print([i for i, (a, b) in enumerate(zip("abcd", "abxd")) if a != b])
print(max(zip(scores, names)), sorted(zip(scores, names))[0])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))), [sum(col) for col in zip(*matrix)])
