# A tiny Markdown-to-HTML converter: headings, lists, emphasis, code, links, paragraphs.
import re
import html
def inline(text):
    text = html.escape(text, quote=False)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"\*(.+?)\*", r"<em>\1</em>", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', text)
    return text
def convert(md):
    out, para, list_kind = [], [], None
    def flush_para():
        if para:
            out.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
    def close_list():
        nonlocal list_kind
        if list_kind:
            out.append(f"</{list_kind}>")
            list_kind = None
    in_code = False
    for line in md.splitlines():
        if line.startswith("```"):
            flush_para(); close_list()
            out.append("</pre>" if in_code else "<pre>")
            in_code = not in_code
            continue
        if in_code:
            out.append(html.escape(line))
            continue
        if m := re.match(r"(#{1,6}) (.*)", line):
            flush_para(); close_list()
            n = len(m.group(1))
            out.append(f"<h{n}>{inline(m.group(2))}</h{n}>")
        elif m := re.match(r"\s*([-*]|\d+\.) (.*)", line):
            flush_para()
            kind = "ol" if m.group(1)[0].isdigit() else "ul"
            if list_kind != kind:
                close_list()
                out.append(f"<{kind}>")
                list_kind = kind
            out.append(f"  <li>{inline(m.group(2))}</li>")
        elif not line.strip():
            flush_para(); close_list()
        else:
            close_list()
            para.append(line.strip())
    flush_para(); close_list()
    return "\n".join(out)
DOC = """# Title with *emphasis*

Some **bold** text and `code <tag>` here,
continued on a second line with a [link](http://example.com).

## Lists
- first item
- second *item*
1. one
2. two & three

```
if a < b:
    print("x")
```
Final paragraph."""
print(convert(DOC))
