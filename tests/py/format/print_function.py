# print() keyword arguments: sep, end, file, flush.
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" <END>\n")
print()
print("no newline", end="")
print(" continued")
print(*range(5), sep=", ")
print("x", sep="IGNORED")
print(None, 1, [2], sep="|")
import sys
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print("multi\nline\ttab")
import io
buf = io.StringIO()
print("into", "buffer", sep="_", file=buf)
print(repr(buf.getvalue()))
print("sep None", "works", sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", foo=1)
except TypeError as e:
    print("TypeError:", e)
