# re.sub, subn, split, findall, finditer, escape.
import re
print(re.sub(r"\s+", " ", "a   b \t\n c"), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"), re.sub(r"a", "b", "aaa", count=2))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"), re.subn(r"o", "0", "foo boo"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "x y"))
print(re.sub(r"", "-", "abc"), re.sub(r"x*", "-", "abxd"), re.sub(r"\\", "/", r"a\b\c"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(\W)", "a.b-c"), re.split(r"\d", "a1b2c3", maxsplit=2), re.split(r"x*", "axbc"))
print(re.findall(r"\d+", "1 22 333"), re.findall(r"(\w)=(\d)", "a=1 b=2"), re.findall(r"(a)|b", "ab"), re.findall(r"", "ab"))
print([(m.start(), m.group()) for m in re.finditer(r"\w+", "the cat sat")])
print(re.escape("a.b*c?"), re.escape("hello world"), re.escape("\\d"), re.escape("é"))
pat = re.compile(r"(\d+)-(\d+)")
print(pat.sub(r"\2-\1", "10-20 30-40"), pat.findall("1-2, 3-4"), pat.match("5-6").groups(), pat.search("x 7-8").start(), pat.groups, pat.groupindex)
print(re.sub(r"(?m)^", "> ", "line1\nline2"), re.sub("[aeiou]", "", "programming language", flags=re.I))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e, e.pos)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
