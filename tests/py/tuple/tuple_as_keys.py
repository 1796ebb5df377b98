# Tuples as dict keys and set members.
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, len(grid))
seen = {(1, 2), (2, 1), (1, 2)}
print(sorted(seen))
nested = {((1, 2), (3,)): "deep"}
print(nested[(1, 2), (3,)])
print(sorted(grid.items(), key=lambda kv: -kv[1])[:3])
