# Text processing: word wrapping by hand, counting, reversing words.
text = "The quick brown fox jumps over the lazy dog and keeps running far away"
words = text.split()
lines, cur = [], ""
for w in words:
    if len(cur) + len(w) + (1 if cur else 0) > 20:
        lines.append(cur)
        cur = w
    else:
        cur = cur + " " + w if cur else w
lines.append(cur)
for line in lines:
    print(f"|{line:<20}|")
print(" ".join(reversed(words)))
print(" ".join(w[::-1] for w in words))
print(sorted(set(text.lower().replace(" ", ""))))
print(max(words, key=len), min(words, key=len), sorted(words, key=lambda w: (len(w), w))[:5])
print(text.title().swapcase()[:30])
print("".join(c for c in text if c not in "aeiou")[:40])
