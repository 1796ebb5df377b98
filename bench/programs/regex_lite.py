# A small backtracking regular-expression matcher written in Python (literals, '.', '*', '+', '?', '^', '$',
# character classes): recursion, string indexing and slicing, tuples as compiled patterns.
import _bench


def compile_pattern(pat):
    """A list of (kind, arg, repeat) items; kind is 'lit', 'any' or 'set'; repeat is '', '*', '+' or '?'."""
    items = []
    i = 0
    while i < len(pat):
        c = pat[i]
        if c == "[":
            j = pat.index("]", i)
            chars = set()
            body = pat[i + 1:j]
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    for o in range(ord(body[k]), ord(body[k + 2]) + 1):
                        chars.add(chr(o))
                    k += 3
                else:
                    chars.add(body[k])
                    k += 1
            item = ["set", frozenset(chars)]
            i = j + 1
        elif c == ".":
            item = ["any", None]
            i += 1
        else:
            item = ["lit", c]
            i += 1
        rep = ""
        if i < len(pat) and pat[i] in "*+?":
            rep = pat[i]
            i += 1
        items.append((item[0], item[1], rep))
    return items


def one(item, c):
    kind, arg, _ = item
    if kind == "lit":
        return c == arg
    if kind == "any":
        return True
    return c in arg


def match_here(items, k, text, i, anchored_end):
    if k == len(items):
        return i if not anchored_end or i == len(text) else -1
    item = items[k]
    rep = item[2]
    if rep == "":
        if i < len(text) and one(item, text[i]):
            return match_here(items, k + 1, text, i + 1, anchored_end)
        return -1
    if rep == "?":
        if i < len(text) and one(item, text[i]):
            r = match_here(items, k + 1, text, i + 1, anchored_end)
            if r >= 0:
                return r
        return match_here(items, k + 1, text, i, anchored_end)
    # greedy * and +: take as many as possible, then give back
    j = i
    while j < len(text) and one(item, text[j]):
        j += 1
    least = i + 1 if rep == "+" else i
    while j >= least:
        r = match_here(items, k + 1, text, j, anchored_end)
        if r >= 0:
            return r
        j -= 1
    return -1


def search(pattern, text):
    start_anchor = pattern.startswith("^")
    end_anchor = pattern.endswith("$")
    items = compile_pattern(pattern[1 if start_anchor else 0:len(pattern) - 1 if end_anchor else len(pattern)])
    for start in range(0, 1 if start_anchor else len(text) + 1):
        end = match_here(items, 0, text, start, end_anchor)
        if end >= 0:
            return text[start:end]
    return None


PATTERNS = ["[a-z]+@[a-z]+.com", "^user[0-9]+", "id=[0-9]+;", "x*y+z?w", "[A-Z][a-z]*son$", "a.c.e"]


def main():
    lines = []
    for i in range(300):
        lines.append(f"user{i} mail: someone{i % 17}@example.com id={i * 7}; ref xxyyw Robertson")
        lines.append(f"nothing here {i} abcde " + "x" * (i % 13) + "yz")
    found = 0
    chars = 0
    for pat in PATTERNS:
        for line in lines:
            m = search(pat, line)
            if m is not None:
                found += 1
                chars += len(m)
    return found, chars


_bench.run("regex_lite", main)
