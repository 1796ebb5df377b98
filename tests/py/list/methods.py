# list methods.
lst = [3, 1, 2]
lst.append(4); print(lst)
lst.extend([5, 6]); print(lst)
lst.extend("ab"); print(lst)
lst.insert(0, "start"); lst.insert(100, "end"); lst.insert(-1, "before-end"); print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove("a"); print(lst)
print(lst.index(2), lst.count(2), lst.index(5, 2))
lst = [5, 3, 8, 1]
lst.reverse(); print(lst)
lst.sort(); print(lst)
c = lst.copy(); c.append(99); print(lst, c)
lst.clear(); print(lst)
for call in (lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1].pop(5)):
    try:
        call()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
x = [1, 2]
x.extend(x)
print(x)
x.insert(-100, 0)
print(x)
