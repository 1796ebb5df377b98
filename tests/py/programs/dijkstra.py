# Shortest paths with Dijkstra's algorithm and heapq, plus path reconstruction.
import heapq
EDGES = """
A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9
G H 1
"""
graph = {}
for line in EDGES.strip().splitlines():
    a, b, w = line.split()
    graph.setdefault(a, []).append((b, int(w)))
    graph.setdefault(b, []).append((a, int(w)))
def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    visited = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in visited:
            continue
        visited.add(node)
        for nxt, w in sorted(graph[node]):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev
def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]
dist, prev = dijkstra(graph, "A")
for node in sorted(graph):
    if node in dist:
        print(f"{node}: {dist[node]:>3} via {' -> '.join(path(prev, node))}")
    else:
        print(f"{node}: unreachable")
def grid_paths(rows):
    h, w = len(rows), len(rows[0])
    start = end = None
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            if ch == "S": start = (r, c)
            if ch == "E": end = (r, c)
    best = {start: 0}
    heap = [(0, start)]
    while heap:
        d, (r, c) = heapq.heappop(heap)
        if (r, c) == end:
            return d
        if d > best[(r, c)]:
            continue
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w and rows[nr][nc] != "#":
                cost = d + (int(rows[nr][nc]) if rows[nr][nc].isdigit() else 1)
                if cost < best.get((nr, nc), 1 << 30):
                    best[(nr, nc)] = cost
                    heapq.heappush(heap, (cost, (nr, nc)))
    return None
print(grid_paths(["S.9.", ".#9.", "...E"]), grid_paths(["S#E"]))
