# A chaos game: points pulled towards random corners of a polygon, drawn into a grid of characters.
# A seeded linear congruential generator keeps the run identical everywhere (no random module).
import _bench


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state % n


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def towards(self, other, ratio):
        return Point(self.x + (other.x - self.x) * ratio, self.y + (other.y - self.y) * ratio)


def main():
    size = 60
    corners = [Point(0.0, 0.0), Point(1.0, 0.0), Point(0.5, 0.87), Point(0.1, 0.6), Point(0.9, 0.6)]
    grid = [[" "] * size for _ in range(size)]
    rng = Rng(42)
    p = Point(0.3, 0.3)
    for _ in range(60000):
        p = p.towards(corners[rng.next(len(corners))], 0.5)
        grid[int(p.y * (size - 1))][int(p.x * (size - 1))] = "#"
    lines = ["".join(row).rstrip() for row in grid]
    return sum(line.count("#") for line in lines), len(max(lines, key=len))


_bench.run("chaos", main)
