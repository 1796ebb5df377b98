# Format specification mini-language on ints.
n = 1234567
specs = ["", "d", "10d", "<10d", "^10d", ">10d", "010d", "+d", "-d", " d", ",d", "_d", "b", "#b", "o", "#o",
         "x", "#x", "X", "#X", "_x", "_b", "c" if False else "n", "e", ".2e", "f", ".1f", "%", "g", "=+12", "0=12",
         "*>12", "#012x", "+,", "08_d"]
for s in specs:
    print(repr(s), repr(format(n, s)), repr(format(-n, s)))
print(format(0, "#x"), format(0, "b"), format(65, "c"), format(0x1F600, "c"))
for bad in [".2d", "s", ",x", "=s" if False else ",b", "c,"]:
    try:
        print(format(42, bad))
    except ValueError as e:
        print("ValueError:", e)
