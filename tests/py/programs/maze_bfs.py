# Maze solving with BFS; prints the path drawn on the maze.
from collections import deque
MAZE = """
###########
#S..#.....#
#.#.#.###.#
#.#...#...#
#.#####.#.#
#...#...#E#
###.#.###.#
#.....#...#
###########
"""
grid = [list(line) for line in MAZE.strip().splitlines()]
def find(ch):
    for r, row in enumerate(grid):
        if ch in row:
            return r, row.index(ch)
start, end = find("S"), find("E")
def bfs(start, end):
    q = deque([start])
    prev = {start: None}
    while q:
        cur = q.popleft()
        if cur == end:
            break
        r, c = cur
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if grid[nr][nc] != "#" and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                q.append((nr, nc))
    if end not in prev:
        return None, len(prev)
    path = []
    node = end
    while node:
        path.append(node)
        node = prev[node]
    return path[::-1], len(prev)
path, explored = bfs(start, end)
print("path length:", len(path) - 1, "explored:", explored)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
grid[5][9] = "#"
grid[6][9] = "#"
p2, explored2 = bfs(start, (7, 9))
print("second target:", None if p2 is None else len(p2) - 1, explored2)
