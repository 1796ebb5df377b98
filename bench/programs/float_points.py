# Many small objects holding floats: math.sin/cos/sqrt, attribute updates, method calls, max with a key.
import _bench
from math import cos, sin, sqrt


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def main():
    points = [Point(i) for i in range(40000)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    far = max(points, key=lambda p: p.x - p.y)
    return round(best.x, 9), round(best.y, 9), round(best.z, 9), round(far.z, 9)


_bench.run("float_points", main)
