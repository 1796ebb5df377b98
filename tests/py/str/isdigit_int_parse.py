# Parsing digits from strings in several scripts.
for s in ["123", "١٢٣", "１２３", "²", "½", "Ⅻ", "-5", "3.0", " 7 "]:
    try:
        v = int(s)
    except ValueError:
        v = "no"
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), v)
