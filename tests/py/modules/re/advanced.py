# Regex features: non-greedy, backreferences in sub, conditional groups, lookbehind, Match methods.
import re
html_text = '<a href="x.html">X</a> <b>bold</b> <a href="y.html">Y</a>'
print(re.findall(r'<a href="(.*?)">(.*?)</a>', html_text), re.findall(r"<(\w+)>.*?</\1>", html_text))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.sub(r"\b(\w)(\w*)\b", lambda m: m[1].upper() + m[2], "make title case"))
print(re.match(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)", "<user@host.com>").group(2), re.match(r"(<)?(\w+)(?(1)>|$)", "<user") is None)
m = re.search(r"(?P<key>\w+)=(?P<val>[^;]*)", "a=1;b=22")
print(m.span("val"), m.start("key"), m.groups(), m.regs if hasattr(m, "regs") else None, m[0])
print([m.group() for m in re.finditer(r"(?<![\w.])\d+(?![\w.])", "1 a2 3.5 44 x55")])
pat = re.compile(r"^(?P<indent>\s*)(?P<text>.*?)\s*$", re.M)
print([(len(m["indent"]), m["text"]) for m in pat.finditer("a\n  b  \n    c")])
print(re.split(r"(?<=[.!?]) +", "One. Two! Three? Four"), re.fullmatch(r"(?:[01]?\d|2[0-3]):[0-5]\d", "23:59") is not None)
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"), re.findall(r"[[:alpha:]]" if False else r"[^\W\d_]+", "ab1_cd2"))
scanner = re.compile(r"\s*(?:(\d+)|(\w+)|(.))")
print([(m.lastindex, m.group(m.lastindex)) for m in scanner.finditer("12 abc +")])
