# Roman numeral conversion both ways with validation, checked over a range.
import re
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALID = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = []
    for value, sym in VALUES:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)
def from_roman(s):
    if not s or not VALID.match(s):
        raise ValueError(f"invalid numeral {s!r}")
    table = dict((sym, val) for val, sym in VALUES if len(sym) == 1)
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = table[a]
        total += -v if b != " " and table[b] > v else v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    print(n, to_roman(n))
assert all(from_roman(to_roman(n)) == n for n in range(1, 4000))
print("round trip ok for 1..3999")
for bad in ["IIII", "VX", "", "MMMM", "IC", "abc"]:
    try:
        from_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in [0, 4000, -5]:
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
lengths = {}
for n in range(1, 4000):
    lengths.setdefault(len(to_roman(n)), []).append(n)
longest = max(lengths)
print("longest numeral:", longest, [to_roman(n) for n in lengths[longest]])
