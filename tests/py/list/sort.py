# sort stability, key, reverse and errors.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data, key=lambda x: x[1]))
print(sorted(data, key=lambda x: x[1], reverse=True))
print(sorted(data, key=lambda x: x[0]))
print(sorted(data))
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
words.sort(key=len)
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), sorted(nums, reverse=True), sorted(nums, key=lambda n: (n % 2, n)))
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
recs = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 3}]
print([r["n"] for r in sorted(recs, key=lambda r: r["v"], reverse=True)])
big = [(i * 7919) % 1000 for i in range(200)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
stab = sorted([(i % 3, i) for i in range(12)], key=lambda t: t[0], reverse=True)
print(stab)
print(sorted("hello world"), sorted({3: 1, 1: 2}), sorted([]), sorted([[2], [1, 5], [1]]))
