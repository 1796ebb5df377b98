"""gilt demo: a small tour of Python running on gilt's shared heap.

(When threads land, this demo also shows the GIL at work; see README.md.)
"""
import sys


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
