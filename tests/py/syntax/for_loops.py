# for loops over many iterables, with break/continue/else and unpacking targets.
for ch in "abc":
    print(ch, end="")
print()
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
for x in range(10):
    if x % 3 == 0:
        continue
    if x > 7:
        break
    print(x, end=" ")
else:
    print("no")
print()
for x in []:
    pass
else:
    print("else after empty")
for first, *others in [(1, 2, 3), (4,)]:
    print(first, others)
d = {}
for d["key"] in [1, 2, 3]:
    pass
print(d)
class C: pass
c = C()
for c.attr in "xy":
    pass
print(c.attr)
lst = [0, 0, 0]
for i, lst[i] in enumerate("pqr"):
    pass
print(lst)
for i in range(3):
    pass
print("leaked", i)
total = 0
for row in [[1, 2], [3, 4], [5]]:
    for cell in row:
        total += cell
print(total)
