# textwrap: wrap, fill, shorten, dedent, indent.
import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50), textwrap.shorten("short", 10), textwrap.shorten("Hello  world!", width=12, placeholder=" ..."))
code = """
    def f():
        return 1
    """
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\nb\n\nc", "> "), textwrap.indent("a\n\nb", "+", lambda line: True), sep="\n---\n")
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10), textwrap.wrap("a-b-c-d-e-f", width=4))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one\ttwo", 20, expand_tabs=True))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder="[...]")
print(w.wrap(text))
