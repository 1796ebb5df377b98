# Multiple statements per line, line continuation, implicit joining.
a = 1; b = 2; c = a + b; print(c)
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,  # comment inside
    3,
]
print(values)
result = (1
          + 2
          * 3)
print(result)
s = ("implicitly "
     "joined "
     'string')
print(s)
d = {
    'k': 'v',
}
print(d)
if a == 1: print("one-liner if")
for i in range(2): print("loop", i)
while False: pass
def f(): return "one-line def"
print(f())
class K: x = 5
print(K.x)
print(len([
]))
