# sorted() and reversed() details.
print(sorted([3, 1, 2]), sorted("cba"), sorted((1, 3, 2), reverse=True), sorted({"b": 1, "a": 2}))
print(sorted([("a", 2), ("b", 1)], key=lambda t: t[1]), sorted([-3, 2, -1], key=abs))
print(sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower), sorted([[2, 1], [1, 2], [1]]))
print(sorted([1.5, 1, True, 0]), sorted(set([5, 3, 9])), sorted(range(5, 0, -1)))
print(list(reversed([1, 2, 3])), list(reversed(range(4))), "".join(reversed("hello")), list(reversed((1, 2))))
class R:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(R())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Seq())))
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
print(sorted([], reverse=True), sorted("a"), sorted([None], key=lambda v: 0))
