# list operators: + * == < in, augmented assignment, identity of results.
a = [1, 2]
b = a + [3]
print(a, b, a * 2, 2 * a, [0] * 0, a * -1)
nested = [[0]] * 3
nested[0].append(1)
print(nested)
proper = [[0] for _ in range(3)]
proper[0].append(1)
print(proper)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] < [0], [2] > [1, 9], [1, 2] != [2, 1])
print(3 in [1, 2, 3], [1] in [[1], 2], "a" not in ["b"])
c = a
c += [9]
print(a is c, a)
c = c + [10]
print(a is c, a, c)
a *= 2
print(a)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
l = [1]
l += (2, 3)
l += "ab"
l += range(2)
print(l)
try:
    [] < [1, "x"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
