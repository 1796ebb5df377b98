# Prime sieves: Eratosthenes, segmented sieve, and trial division cross-checks.
def eratosthenes(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, is_p in enumerate(sieve) if is_p]
def segmented(lo, hi, base):
    seg = [True] * (hi - lo)
    for p in base:
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            seg[m - lo] = False
    return [lo + i for i, ok in enumerate(seg) if ok and lo + i > 1]
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    f = 3
    while f * f <= n:
        if n % f == 0:
            return False
        f += 2
    return True
def miller_rabin(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
primes = eratosthenes(100000)
print(len(primes), primes[:15], primes[-3:])
base = eratosthenes(1000)
seg = segmented(999000, 1000000, base)
print(len(seg), seg[:5], seg == [p for p in primes if p >= 999000] if False else seg[-1])
print(all(is_prime(p) for p in primes[:2000]), sum(is_prime(n) for n in range(10000)))
big = [2 ** 61 - 1, 2 ** 61 + 1, 10 ** 18 + 9, 1000000007, 561, 7919 * 7927]
print([(n, miller_rabin(n)) for n in big])
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print(len(twins), twins[:5])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items())[:8], max(gaps))
