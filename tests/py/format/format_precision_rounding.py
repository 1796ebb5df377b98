# Correct rounding of float formatting (round-half-even on the binary value).
for v in (0.125, 0.375, 2.675, 1.005, 1.115, 0.045, 1.25, 1.35, 1e-7, 123456.789e3):
    print(v, f"{v:.2f}", f"{v:.1f}", f"{v:.0f}", f"{v:.3e}", f"{v:.4g}", "%.2f" % v, round(v, 2))
print(f"{1.0:.20f}", f"{0.1:.25f}", f"{1/7:.17f}", f"{2**0.5:.30g}")
print(f"{5e-324:.3e}", f"{1.7976931348623157e308:.5e}", f"{1e300 * 1e8:f}")
