# split, rsplit, splitlines, partition, join.
s = "  a  b   c  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2), "a,b,c".split(",", 0), "".split(), "".split(","))
print("a--b--c".split("--"), "abc".split("abc"), "x".rsplit("x"))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines())
print("one\x0btwo\x0cthree\x1cfour\u2028five\x85six".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(str(i) for i in range(4)))
try:
    "".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("\tx\ty\t".split("\t"), " x ".split(" "), "a b\tc\nd".split())
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), "a.b.c".rsplit(".", maxsplit=1))
