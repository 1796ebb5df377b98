# Character classes, quantifiers, anchors, Unicode behaviour.
import re
tests = [
    (r"[a-c]+", "xxabcabz"), (r"[^a-c]+", "abcxyzab"), (r"\d{2,3}", "1 12 1234"), (r"\w+", "héllo wörld_1"),
    (r"\s", "a\tb"), (r"\S+", "  word  "), (r"\bcat\b", "concat cat catalog"), (r"^a.*z$", "abcz"), (r"a{3}", "aaaa"),
    (r"a{,2}", "aaa"), (r"a+?", "aaa"), (r"(ab)*", "ababx"), (r"[\d.]+", "v1.2.3!"), (r"[-+]?\d+", "x -42 +7"),
    (r"\Aab", "abab"), (r"ab\Z", "abab"), (r"[à-ÿ]+", "caféé"), (r"\W+", "a, b!"), (r"[\[\]]", "x[1]"), (r".", "\n"),
]
for pat, s in tests:
    m = re.search(pat, s)
    print(f"{pat:14} {s!r:14} ->", repr(m.group()) if m else None, re.findall(pat, s))
print(re.findall(r"\d", "٣4"), re.findall(r"\d", "٣4", re.ASCII), re.findall(r"\w+", "naïve café", re.A))
print(re.match(r"(a|b)*c", "ababc").group(1), re.match(r"(?:x(y)?)+", "xyx").groups())
