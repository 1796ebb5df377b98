# Format spec on floats covering precision, types and signs.
vals = [0.0, -0.0, 1.0, 123.456, -0.00012345, 1e20, 1.5e-8, 999999.5, 0.5, 2.5, float("inf"), float("-inf"), float("nan")]
specs = ["", ".3", "f", ".1f", "e", ".2E", "g", ".2g", "G", "%", ".0%", "+.2f", " .1f", "10.2f", "<10.3g", ",.1f", "_.2f", "#.0f", "#g", "z.1f" if False else ".12g"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
