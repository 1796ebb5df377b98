# Extended slice assignment and deletion on lists.
lst = list(range(12))
lst[1::3] = ["a", "b", "c", "d"]
print(lst)
del lst[::4]
print(lst)
lst[::-1] = lst
print(lst)
lst = list(range(5))
lst[10:20] = [99]
print(lst)
lst[-100:1] = ["front"]
print(lst)
lst[2:2] = []
print(lst)
lst[3:1] = ["inserted"]
print(lst)
