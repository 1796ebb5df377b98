# Performance-ish operations on larger lists (fast in CPython).
n = 20000
lst = list(range(n))
print(sum(lst), lst[n // 2], len(lst[::7]))
lst.reverse()
print(lst[:3])
lst.sort()
print(lst[-3:])
ev = [x for x in lst if x % 2 == 0]
print(len(ev), ev[-1])
lst2 = [x % 97 for x in lst]
print(lst2.count(5), max(lst2), lst2.index(96))
del lst[::2]
print(len(lst), lst[:3])
