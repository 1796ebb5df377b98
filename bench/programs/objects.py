# Classes, attribute access, method calls, properties of plain objects.
class Vector:
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

    def step(self):
        self.pos = self.pos.add(self.vel)


ps = [Particle(Vector(i, i), Vector(1, -1)) for i in range(100)]
acc = 0
for _ in range(3000):
    for p in ps:
        p.step()
    acc += ps[0].pos.dot(ps[-1].pos) % 1000
print(acc)
