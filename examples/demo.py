"""gilt demo: Python on gilt's shared heap, then the GIL at work.

Threads run on real worker threads over one heap and take turns through CPython's GIL: CPU-bound threads
gain nothing, threads that sleep (or do I/O) overlap, and native code that releases the GIL (hashlib on
large buffers) runs in parallel.
"""
import hashlib
import sys
import threading
import time


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


def primes(limit):
    """Yield the primes below limit (a generator)."""
    found = []
    for n in range(2, limit):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


acct = Account("ada")
for amount in (10, 32, -1):
    try:
        acct.deposit(amount)
    except ValueError as e:
        print("refused:", e)
print(acct)
print("primes:", list(primes(50)))
squares = {n: n * n for n in range(6)}
print("squares:", squares)
print("2**100 =", 2 ** 100)
match acct:
    case Account(balance=b) if b > 40:
        print(f"rich account with {b}")
    case _:
        print("modest account")
print(f"running on {sys.implementation.name}, Python {sys.version_info[0]}.{sys.version_info[1]}")


# ---- the GIL at work ----------------------------------------------------------------------------------------


def timed(label, target, nthreads, work):
    threads = [threading.Thread(target=target, args=(work // nthreads,)) for _ in range(nthreads)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    dt = time.perf_counter() - t0
    print(f"  {label:<28} {nthreads} thread(s): {dt:6.2f} s")
    return dt


def count(n):
    while n > 0:
        n -= 1


def nap(n):
    for _ in range(n):
        time.sleep(0.05)


BLOCK = b"gil" * 400_000


def digest(n):
    for _ in range(n):
        hashlib.sha256(BLOCK).digest()


print(f"switch interval {sys.getswitchinterval() * 1000:g} ms; {threading.active_count()} thread running")
for label, target, work in (("CPU-bound (GIL held)", count, 1_000_000), ("sleeping (GIL released)", nap, 8),
                            ("hashing 1.2 MB (GIL released)", digest, 24)):
    one = timed(label, target, 1, work)
    two = timed(label, target, 2, work)
    print(f"  {'':<28} speedup with 2 threads: {one / two:.2f}x")
