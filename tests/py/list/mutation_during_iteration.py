# Mutating a list while iterating over it (defined-but-surprising behaviour).
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(out, lst)
lst = list(range(10))
for i in range(len(lst) - 1, -1, -1):
    if lst[i] % 3 == 0:
        del lst[i]
print(lst)
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.clear()
print(list(it))
lst = [1, 2, 3]
it = reversed(lst)
lst.append(4)
print(list(it))
