# -*- coding: no-such-codec -*-
# An encoding declaration (PEP 263) naming an unknown codec makes the whole file a SyntaxError.
print("never runs")
