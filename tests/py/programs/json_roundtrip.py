# A hand-written JSON encoder/decoder checked against the json module.
import json

class ParseError(Exception):
    pass

class Parser:
    def __init__(self, text):
        self.text, self.pos = text, 0
    def ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1
    def peek(self):
        self.ws()
        return self.text[self.pos] if self.pos < len(self.text) else ""
    def expect(self, ch):
        if self.peek() != ch:
            raise ParseError(f"expected {ch!r} at {self.pos}")
        self.pos += 1
    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()
    def obj(self):
        self.expect("{")
        out = {}
        if self.peek() == "}":
            self.pos += 1
            return out
        while True:
            key = self.string()
            self.expect(":")
            out[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return out
    def arr(self):
        self.expect("[")
        out = []
        if self.peek() == "]":
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]")
            return out
    def string(self):
        self.expect('"')
        chars = []
        escapes = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
        while True:
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(chars)
            if ch == "\\":
                esc = self.text[self.pos]
                self.pos += 1
                if esc == "u":
                    chars.append(chr(int(self.text[self.pos:self.pos + 4], 16)))
                    self.pos += 4
                else:
                    chars.append(escapes[esc])
            else:
                chars.append(ch)
    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        token = self.text[start:self.pos]
        if not token:
            raise ParseError(f"unexpected character at {start}")
        return float(token) if any(c in token for c in ".eE") else int(token)

def encode(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        out = []
        for c in v:
            if c in '"\\':
                out.append("\\" + c)
            elif c == "\n":
                out.append("\\n")
            elif ord(c) < 0x20 or ord(c) > 0x7e:
                out.append(f"\\u{ord(c):04x}")
            else:
                out.append(c)
        return '"' + "".join(out) + '"'
    if isinstance(v, list):
        return "[" + ", ".join(encode(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{encode(k)}: {encode(x)}" for k, x in v.items()) + "}"
    raise TypeError(type(v).__name__)

doc = {"name": "Widget", "price": 12.5, "tags": ["a", "b\nc", "é"], "stock": {"warehouse": 120, "shop": 0},
       "active": True, "discount": None, "ratios": [0.1, 1e-7, -3], "nested": [[[]], {}]}
mine = encode(doc)
theirs = json.dumps(doc)
print(mine)
print(mine == theirs)
back = Parser(mine).value()
print(back == doc, json.loads(mine) == doc)
for text in ['{"a": [1, 2, {"b": null}]}', '[true, false, "\\u0041\\n"]', "  3.25e2 ", '{"x": }']:
    try:
        print(Parser(text).value())
    except (ParseError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
