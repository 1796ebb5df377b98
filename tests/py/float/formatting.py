# Float format specs.
x = 1234.5678
specs = ["", "f", ".2f", ".0f", "10.3f", "<10.1f", "^10.1f", "+.1f", "e", ".3e", "E", "g", ".3g", ".10g",
         "G", "%", ".1%", ",.2f", "_.3f", "012.2f", "#.0f", "n", ".2", "r" if False else "10"]
for s in specs:
    print(repr(s), format(x, s))
for v in (0.0001234, 123456789.0, 1e-10, 1.5, 100.0, 0.0, -0.0):
    print(format(v, "g"), format(v, ".2e"), format(v, ".3"), format(v, ""), str(v))
print(format(float("nan"), "f"), format(float("inf"), "F"), format(-0.0, "+.1f"), format(2.5, ".0f"))
print("%.3f %e %g %10.2f %-10.2f| %+g" % (3.14159, 31415.9, 0.00001, 2.5, 2.5, 1.0))
