# List/dict/set comprehensions, generator expressions, sorting with keys.
import _bench


def main():
    total = 0
    for k in range(10):
        squares = [x * x for x in range(10000)]
        evens = {x for x in squares if x % 2 == 0}
        table = {x: x % 13 for x in range(3000)}
        total += sum(x for x in squares if x % 3 == 0) % 1000
        total += len(evens) + len(table)
        ordered = sorted(table.items(), key=lambda kv: (kv[1], -kv[0]))
        total += ordered[k][0]
    return total


_bench.run("comprehensions", main)
