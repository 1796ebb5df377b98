# A bank simulation with accounts, transactions, exceptions and reporting.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.account, self.amount = account, amount

class Account:
    _next_number = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def month_end(self):
        pass
    def __repr__(self):
        return f"{type(self).__name__}({self.number}, {self.owner!r}, {self.balance:.2f})"

class Savings(Account):
    rate = 0.01
    def month_end(self):
        interest = round(self.balance * self.rate, 2)
        if interest:
            self.deposit(interest)

class Checking(Account):
    overdraft = 100.0
    fee = 2.5
    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee
            self.history.append(("fee", self.fee))

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, initial=0.0):
        acct = cls(owner, initial)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except ValueError:
            a.deposit(amount)
            raise
    def total(self):
        return sum(a.balance for a in self.accounts.values())
    def report(self):
        for acct in sorted(self.accounts.values(), key=lambda a: (-a.balance, a.number)):
            print(f"  {acct.number} {acct.owner:<6} {type(acct).__name__:<8} {acct.balance:>10.2f}")

bank = Bank()
alice = bank.open(Savings, "alice", 500)
bob = bank.open(Checking, "bob", 50)
carol = bank.open(Savings, "carol")
operations = [
    ("transfer", alice.number, bob.number, 120),
    ("transfer", bob.number, carol.number, 250),
    ("transfer", bob.number, carol.number, 10),
    ("transfer", carol.number, alice.number, 1000),
    ("deposit", carol.number, 0),
    ("deposit", carol.number, 75.25),
    ("transfer", 9999, alice.number, 1),
]
for op in operations:
    try:
        if op[0] == "transfer":
            bank.transfer(*op[1:])
        else:
            bank.accounts[op[1]].deposit(op[2])
        print("ok  ", op)
    except InsufficientFunds as e:
        print("fail", op, "->", e)
    except (ValueError, KeyError) as e:
        print("fail", op, "->", type(e).__name__, e)
for month in range(1, 4):
    for acct in bank.accounts.values():
        acct.month_end()
    print(f"after month {month}: total {bank.total():.2f}")
bank.report()
print(bob.history)
print([a for a in bank.accounts.values() if isinstance(a, Savings)])
