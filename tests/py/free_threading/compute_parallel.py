# CPU-bound pure Python in 4 threads at once: every thread's result is right.
import threading


def primes_below(n):
    sieve = bytearray([1]) * n
    sieve[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(range(i * i, n, i)))
    return sum(sieve)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def collatz_longest(limit):
    best, arg = 0, 0
    for start in range(1, limit):
        n, steps = start, 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        if steps > best:
            best, arg = steps, start
    return arg, best


def words(n):
    d = {}
    for i in range(n):
        w = "w%d" % (i % 97)
        d[w] = d.get(w, 0) + len(w)
    return sorted(d.items())[:3]


jobs = [("primes", primes_below, 200000), ("fib", fib, 22), ("collatz", collatz_longest, 20000), ("words", words, 50000)]
results = {}


def run(name, fn, arg):
    results[name] = fn(arg)


ts = [threading.Thread(target=run, args=job) for job in jobs]
for t in ts:
    t.start()
for t in ts:
    t.join()
for name, _, _ in jobs:
    print(name, results[name])
