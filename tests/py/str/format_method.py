# str.format field syntax.
print("{0} {1} {0}".format("a", "b"))
print("{} {}".format(*"xy"), "{a}-{b}".format(**{"a": 1, "b": 2}))
print("{0[1]} {0[key]} {1.imag}".format({1: "one", "key": "K"}, 2j))
print("{:10}|{:<10}|{:>10}|{:^10}|".format("s", "l", "r", "c"))
print("{:*^11}".format("mid"), "{:=+8}".format(-3), "{:#b}".format(5), "{:,}".format(10 ** 7))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{{literal}} {}".format("braces"), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{0:{1}}".format("nested", 10), "{:%Y}".format(__import__("datetime").date(2020, 1, 2)))
for bad in ["{", "}", "{0!x}", "{:d}", "{1}", "{x}"]:
    try:
        print(bad.format("s"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print("{0.__class__.__name__}".format(1), "{:.3}".format("truncate"), "{:>8.2}".format("abc"))
