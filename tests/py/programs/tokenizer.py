# A tokenizer for a small arithmetic/assignment language, with error reporting.
import re
from dataclasses import dataclass

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("IDENT", r"[A-Za-z_]\w*"),
    ("OP", r"==|!=|<=|>=|[-+*/%()=<>,]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("COMMENT", r"#[^\n]*"),
    ("MISMATCH", r"."),
]
KEYWORDS = {"let", "print", "if", "then", "else", "end"}
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in TOKEN_SPEC))

@dataclass
class Token:
    kind: str
    value: object
    line: int
    col: int

class TokenizeError(Exception):
    pass

def tokenize(code):
    line, line_start = 1, 0
    for m in MASTER.finditer(code):
        kind, text = m.lastgroup, m.group()
        col = m.start() - line_start + 1
        if kind == "NUMBER":
            value = float(text) if "." in text else int(text)
        elif kind == "STRING":
            value = bytes(text[1:-1], "utf-8").decode("unicode_escape")
        elif kind == "IDENT":
            value = text
            if text in KEYWORDS:
                kind = text.upper()
        elif kind == "NEWLINE":
            line_start = m.end()
            line += 1
            continue
        elif kind in ("SKIP", "COMMENT"):
            continue
        elif kind == "MISMATCH":
            raise TokenizeError(f"unexpected {text!r} at line {line} col {col}")
        else:
            value = text
        yield Token(kind, value, line, col)

source = '''let x = 3.5 * (y + 42)   # a comment
if x >= 10 then print "big\\tvalue" else print x end
let name_2 = "quote \\"inside\\""
'''
for tok in tokenize(source):
    print(f"{tok.line}:{tok.col:<3} {tok.kind:<8} {tok.value!r}")
counts = {}
for tok in tokenize(source):
    counts[tok.kind] = counts.get(tok.kind, 0) + 1
print(sorted(counts.items()))
for bad in ["let a = 1 $ 2", "x = @"]:
    try:
        list(tokenize(bad))
    except TokenizeError as e:
        print("TokenizeError:", e)
