# Strings are immutable; operations return new strings.
s = "abc"
t = s.upper()
print(s, t)
u = s
s += "d"
print(s, u)
try:
    s.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("".join(parts), len("".join(parts)))
print("abc".upper() == "ABC", "ABC".lower() == "abc")
