# Subscript and slice syntax forms, including extended slices and Ellipsis.
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1])
print(p[1:2])
print(p[::3])
print(p[1:2, 3])
print(p[...])
print(p[:, None])
print(p[1:2:3, ..., 4])
print(p[()])
print(p["a", "b"])
print(p[-1:])
print(p[a:=5])
s = "abcdefgh"
print(s[1:5:2], s[::-1], s[-3:], s[:-3], s[10:], s[2:2])
print(slice(1, 2, 3), slice(5), slice(None, None, -1).indices(4))
