# Building and reducing lists.
squares = [x * x for x in range(10)]
print(squares, sum(squares), min(squares), max(squares), len(squares))
print(list(map(str, squares[:4])), list(filter(lambda x: x % 2, squares)), list(zip(squares, "abc")))
print(list(reversed(squares))[:3], sorted(squares, reverse=True)[:3], squares[::-3])
print(any(x > 50 for x in squares), all(x >= 0 for x in squares), squares.index(49))
print(list(enumerate(["a", "b"], start=1)), list(range(3)) + list("ab"))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[1] for row in matrix], [list(r) for r in zip(*matrix)], sum(matrix, []))
print(list(), list("abc"), list((1, 2)), list({1: 2}), list(range(0)), list(x for x in "hi"))
