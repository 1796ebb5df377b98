# Tight loops over range with integer arithmetic, local variables and a while loop.
import _bench


def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
        if total > 1000000:
            total -= 1000000
    j = 0
    while j < n // 4:
        total ^= j & 255
        j += 1
    return total


def main():
    return work(400000)


_bench.run("loops", main)
