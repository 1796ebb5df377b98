# Conway's Game of Life on a small torus; prints generations and detects a cycle.
def parse(rows):
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}
def step(cells, h, w):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in cells)}
def show(cells, h, w):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(w)) for r in range(h))
H, W = 8, 8
glider = parse([".#......", "..#.....", "###....."])
cells = glider
for gen in range(4):
    print(f"gen {gen}:")
    print(show(cells, H, W))
    cells = step(cells, H, W)
seen = {}
cells = glider
for gen in range(100):
    key = frozenset(cells)
    if key in seen:
        print(f"cycle: generation {gen} repeats generation {seen[key]}")
        break
    seen[key] = gen
    cells = step(cells, H, W)
blinker = parse(["...", "###", "..."])
print(sorted(step(blinker, 5, 5)), sorted(step(step(blinker, 5, 5), 5, 5)) == sorted(blinker))
r_pentomino = {(r + 20, c + 20) for r, c in parse([".##", "##.", ".#."])}
cells = r_pentomino
for _ in range(50):
    cells = step(cells, 60, 60)
print("r-pentomino population after 50:", len(cells))
