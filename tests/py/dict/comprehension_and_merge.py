# Dict comprehensions, merging and inverting.
words = ["apple", "bob", "cat", "apple", "dog", "cat"]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print({w: len(w) for w in words}, {i: c for i, c in enumerate("xyz") if i != 1})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print({**a, **b}, a | b, b | a, dict(a, **b))
grouped = {}
for w in words:
    grouped.setdefault(len(w), []).append(w)
print(grouped)
print(dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))))
