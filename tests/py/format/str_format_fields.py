# str.format with positional/keyword/attribute/index fields and conversions.
class P:
    def __init__(self):
        self.x, self.y = 1, 2
        self.items = ["zero", "one"]
p = P()
print("{0.x},{0.y}".format(p), "{p.items[1]}".format(p=p), "{0[0]}{0[1]}".format("ab"))
print("{:>{}}".format("r", 4), "{:{}{}}".format("z", ">", 3), "{0:{1}}".format(3.5, "08.3f"))
print("{!r:^12}".format("s"), "{0!s}{0!r}".format("q"))
print("{a[x]}".format(a={"x": "dict-key"}), "{0[-1]}".format({"-1": "str key"}))
print("{} {} {}".format(1, *[2, 3]), "{name}{name}".format(name="dup"))
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{0.missing}".format(p)
except AttributeError as e:
    print("AttributeError:", e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print("IndexError:", e)
print("{:,}".format(1234.5), "{:_}".format(10 ** 8), "{:,.2f}".format(-1234567.891))
print("{:c}{:c}".format(72, 105), "{0:o} {0:x} {0:b}".format(100))
