# Infinite generators combined with itertools.
import itertools
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(itertools.islice(primes(), 20)))
print(list(itertools.takewhile(lambda x: x < 30, (n * n for n in naturals()))))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
