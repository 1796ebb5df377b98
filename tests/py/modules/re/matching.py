# re: match, search, fullmatch, groups, named groups, flags.
import re
m = re.match(r"(\w+)@(\w+)\.com", "alice@example.com trailing")
print(m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(1), m.string[:5], m.re.pattern)
print(re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123").group(), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", "Date: 2024-03-09.")
print(m["year"], m.group("month"), m.groupdict(), m.lastgroup, m.lastindex, m.expand(r"\g<day>/\2/\1"))
print(re.search(r"(a)(b)?", "ac").groups(), re.search(r"(a)(b)?", "ac").groups("default"), re.search(r"(a)(b)?", "ac").span(2))
print(re.search(r"HELLO", "say hello", re.I).group(), re.findall(r"^\w", "a\nb\nc", re.M), re.search(r"a.b", "a\nb", re.S).group() == "a\nb")
print(re.findall(r"""\d+  # digits
                     \.?   # optional dot""", "1. 22 333.", re.X))
print(bool(re.match(r"", "x")), re.match(r"a|ab", "ab").group(), re.match(r"(?:ab)+", "ababa").group(), re.match(r"a*?b", "aaab").group())
print(re.search(r"(?<=\$)\d+", "cost: $45").group(), re.search(r"\d+(?= dollars)", "100 dollars").group(), re.findall(r"\b(?!un)\w+", "undo redo unit do"))
print(re.search(r"(\w)\1", "hello").group(), re.search(r"(?P<c>\w)(?P=c)", "aabb").group("c"), re.match(r"(?i:ab)c", "ABc") is not None)
print(repr(re.match(r"a", "a")).startswith("<re.Match object; span=(0, 1), match='a'>"), re.compile(r"\d").pattern, re.compile(r"x", re.I).flags & re.I)
