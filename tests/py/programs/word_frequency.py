# Word frequency analysis of an embedded text with Counter, regexes and formatting.
import re
from collections import Counter, defaultdict
TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of
foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light,
it was the season of Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to Heaven, we were all
going direct the other way -- in short, the period was so far like the present period, that some of
its noisiest authorities insisted on its being received, for good or for evil, in the superlative
degree of comparison only.
"""
words = re.findall(r"[a-z']+", TEXT.lower())
counts = Counter(words)
print("total words:", len(words), "distinct:", len(counts))
for word, n in counts.most_common(8):
    print(f"{word:>10} {n:3d} {'#' * n}")
by_length = defaultdict(list)
for w in sorted(counts):
    by_length[len(w)].append(w)
for length in sorted(by_length)[-3:]:
    print(length, by_length[length])
bigrams = Counter(zip(words, words[1:]))
print([f"{a} {b}" for (a, b), n in bigrams.most_common(3)])
sentences = [s.strip() for s in re.split(r"[,.;]", TEXT) if s.strip()]
print(len(sentences), max(sentences, key=len)[:40])
first_letters = Counter(w[0] for w in words)
print(sorted(first_letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
hapax = sorted(w for w, n in counts.items() if n == 1)
print(len(hapax), hapax[:10])
print(round(sum(map(len, words)) / len(words), 3))
