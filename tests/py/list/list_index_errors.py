# Index errors and negative indices.
lst = [10, 20, 30]
print(lst[-1], lst[-3], lst[0])
for i in (3, -4, 100):
    try:
        lst[i]
    except IndexError as e:
        print(i, "IndexError:", e)
    try:
        lst[i] = 0
    except IndexError as e:
        print(i, "IndexError:", e)
    try:
        del lst[i]
    except IndexError as e:
        print(i, "IndexError:", e)
try:
    lst["0"]
except TypeError as e:
    print("TypeError:", e)
try:
    lst[1.0]
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __index__(self): return 1
print(lst[Idx()], lst[True], [1, 2, 3][Idx():])
