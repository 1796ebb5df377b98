# Dedupe preserving order and sorted outputs from sets of strings.
words = ["pear", "apple", "pear", "fig", "apple", "kiwi"]
print(list(dict.fromkeys(words)))
seen = set()
ordered = [w for w in words if not (w in seen or seen.add(w))]
print(ordered)
print(sorted(set(words)), len(set(words)))
letters = set("the quick brown fox jumps over the lazy dog")
letters.discard(" ")
print(len(letters), "".join(sorted(letters)))
print(sorted({"b", "a"} | {"c"}), sorted({"x", "y"} - {"y"}))
