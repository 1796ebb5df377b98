# complex repr/str edge cases and string parsing.
vals = [complex(0, 0), complex(-0.0, 0), complex(1.5, -0.0), complex(1e-5, 1e5), complex(1e16, 1), complex(float("nan"), 1),
        complex(float("inf"), float("-inf")), 1 + 1j, -1j, 0.1 + 0.2j]
for z in vals:
    print(repr(z), str(z), f"{z}", f"{z:.2f}" if z == z else "nan")
for s in ["1", "1j", "-1-1j", "+1.5e-3+2J", "  (2+3j)  ", "inf", "-infj", "nan+nanj", "1e400j"]:
    print(repr(s), complex(s))
for bad in ["1 + 2j", "j1", "1+2", "()", "1++2j", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
