# slice objects and indices().
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), s.indices(20))
print(slice(None).indices(4), slice(-3, None).indices(10), slice(None, None, -1).indices(5), slice(10, -10, -3).indices(7))
print(slice(3), slice(1, 2), slice(1, 2, None) == slice(1, 2), "abcdef"[slice(None, None, 2)])
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
class Rec:
    def __getitem__(self, k):
        return k
r = Rec()
print(r[1:2], r[::], r[:5:], r[1:2, ::3])
lst = list(range(10))
print(lst[slice(2, 8, 3)], lst[s])
