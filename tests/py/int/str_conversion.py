# int <-> str conversions, bases and formatting.
for n in (0, 7, -42, 255, 2 ** 70, -(2 ** 33)):
    print(str(n), repr(n), bin(n), oct(n), hex(n))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"), format(255, "#x"))
print(format(1234567, ","), format(1234567, "_"), format(1234567, "_x"))
print(format(42, "08d"), format(-42, "08d"), format(42, "+d"), format(42, " d"))
print(format(42, "<6"), format(42, ">6"), format(42, "^6"), format(42, "*^7"), format(-42, "=+8"))
print(format(65, "c"), format(42, "e"), format(42, ".2f"), format(42, "%"), format(42, "n"))
print(str(10 ** 30), len(str(2 ** 1000)))
print(int(str(3 ** 100)) == 3 ** 100)
