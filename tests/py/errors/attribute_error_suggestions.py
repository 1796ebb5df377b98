# 3.11 "Did you mean" suggestions appear only in printed tracebacks, not in str(e).
class Account:
    def __init__(self):
        self.balance = 100
acct = Account()
try:
    acct.balanse
except AttributeError as e:
    print("str(e):", e)
try:
    lenght = 5
    print(lengthh)
except NameError as e:
    print("str(e):", e)
print(acct.balanse)
