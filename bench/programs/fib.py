# Recursive calls: frame push/pop, small-int arithmetic, comparisons.
import _bench


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    return fib(27)


_bench.run("fib", main)
