# 3.11 prints "Did you mean" suggestions for AttributeError and NameError reports (stderr), never in str(e).
import traceback, sys
def report(f):
    try:
        f()
    except Exception as e:
        print("str:", e)
        sys.excepthook(*sys.exc_info())
class Account:
    def __init__(self):
        self.balance = 100
    def deposit(self): pass
a = Account()
report(lambda: a.balanse)
report(lambda: a.Balance)
report(lambda: a.deposti)
report(lambda: a.zzzzzzzz)
report(lambda: Account.depost)
import math
report(lambda: math.sqroot)
report(lambda: [].apend)
counter = 1
report(lambda: countr)
report(lambda: pritn)
def f():
    my_local = 1
    return my_locla
report(f)
report(lambda: undefined_thing)
