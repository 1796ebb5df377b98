# Counting and grouping idioms.
text = "one two three two three three"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq, max(freq, key=freq.get), sorted(freq, key=freq.get, reverse=True))
index = {}
for pos, w in enumerate(text.split()):
    index.setdefault(w, []).append(pos)
print(index)
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.setdefault(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0])))
