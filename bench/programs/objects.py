# Classes, attribute access, method calls, properties, inheritance and super().
import _bench


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.steps = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        self.steps += 1

    @property
    def energy(self):
        return self.vel.dot(self.vel)


class Heavy(Particle):
    def __init__(self, pos, vel, mass):
        super().__init__(pos, vel)
        self.mass = mass

    @property
    def energy(self):
        return self.mass * super().energy


def main():
    ps = [Particle(Vector(i, i), Vector(1, -1)) if i % 3 else Heavy(Vector(i, -i), Vector(2, 1), i)
          for i in range(100)]
    acc = 0
    for _ in range(1000):
        for p in ps:
            p.step()
        acc += ps[0].pos.dot(ps[-1].pos) % 1000
    return acc, sum(p.energy for p in ps), ps[5].steps


_bench.run("objects", main)
