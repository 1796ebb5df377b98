# __format__ protocol and format() builtin.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
m = Money(12345)
print(format(m), format(m, "short"), f"{m}", f"{m:short}", f"{m:>12.1f}", "{:short}".format(m))
class NoFormat:
    def __str__(self):
        return "NF"
print(format(NoFormat()), f"{NoFormat()}", f"{NoFormat()!s:>5}")
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
print(format(3, ""), format(True, ""), format(True, "d"), format(None), type(format(1.5)).__name__)
import datetime
d = datetime.date(2024, 3, 9)
print(f"{d:%Y/%m/%d}", format(d, "%d %b %Y"), f"{d}")
