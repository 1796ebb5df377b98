# Indexing and slicing strings.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[-4:-1], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-11:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[:100])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1] = "x"
except TypeError as e:
    print("TypeError:", e)
u = "héllo wörld 😀!"
print(len(u), u[1], u[-2], u[::-1], u[6:11])
print(s[slice(1, 8, 3)], s[True], s[False:True+2])
import sys
print(s[-sys.maxsize:sys.maxsize], s[::sys.maxsize])
