# Comparisons, ordering, membership and multiplication.
print("abc" < "abd", "abc" < "ab", "" < "a", "B" < "a", "a" * 3, 3 * "ab", "x" * 0, "x" * -1)
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]), sorted(["b", "a"], reverse=True))
print(sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print("abc" == "abc", hash("abc") == hash("ab" + "c"))
print("a" + "b", "abc" + "", "".join(["a"] * 3))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
print(max(["apple", "pie", "zebra"]), min("zebra"), "Z" < "a" < "z")
