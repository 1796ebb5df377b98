# Float arithmetic on lists of floats (a simplified n-body simulation): indexing, **, augmented assignment.
import _bench


def advance(bodies, dt, steps):
    n = len(bodies)
    for _ in range(steps):
        for i in range(n):
            bi = bodies[i]
            for j in range(i + 1, n):
                bj = bodies[j]
                dx = bi[0] - bj[0]
                dy = bi[1] - bj[1]
                dz = bi[2] - bj[2]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * d2 ** 0.5)
                bm = bj[6] * mag
                bi[3] -= dx * bm
                bi[4] -= dy * bm
                bi[5] -= dz * bm
                bm = bi[6] * mag
                bj[3] += dx * bm
                bj[4] += dy * bm
                bj[5] += dz * bm
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def energy(bodies):
    e = 0.0
    for i, b in enumerate(bodies):
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for c in bodies[i + 1:]:
            d = ((b[0] - c[0]) ** 2 + (b[1] - c[1]) ** 2 + (b[2] - c[2]) ** 2) ** 0.5
            e -= b[6] * c[6] / d
    return e


def main():
    bodies = [[float(i), float(i * 2 % 5), float(i * 3 % 7), 0.01 * i, 0.02, -0.01 * i, 1.0 + i] for i in range(5)]
    advance(bodies, 0.01, 6000)
    return round(bodies[0][0], 6), round(energy(bodies), 6)


_bench.run("nbody", main)
