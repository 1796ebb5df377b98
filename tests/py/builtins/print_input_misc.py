# print with sep/end/file, input on closed stdin raises EOFError.
import sys
print("a", 1, None, [2], sep=" | ", end=" <<\n")
print(file=sys.stdout)
print("to stderr is captured separately", file=sys.stderr)
try:
    input()
except EOFError as e:
    print("EOFError:", repr(e))
try:
    input("prompt> ")
except EOFError:
    print("\nEOF after prompt")
