# Shallow vs deep copies of nested lists.
import copy
orig = [[1, 2], [3, 4]]
shallow = orig[:]
shallow2 = list(orig)
shallow3 = orig.copy()
deep = copy.deepcopy(orig)
orig[0].append(99)
orig.append([5])
print(orig, shallow, shallow2, shallow3, deep)
print(shallow[0] is orig[0], deep[0] is orig[0])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
aliased = [[0] * 3] * 3
aliased[1][1] = 5
print(aliased)
