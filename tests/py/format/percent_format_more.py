# More % formatting corners.
print("%5.1f%%" % 99.44, "%-8s|" % "left", "%8s|" % "right", "%.3s" % "truncate")
print("%d items" % 3, "%s and %s" % ("a", "b"), "%(x)s-%(x)s" % {"x": 1})
print("%o %x" % (-8, -255), "%#5x|%-#7o|" % (10, 8), "%+.2e" % 12345.6789, "%g|%g|%g" % (100000, 1000000, 1e-5))
print("%i %d" % (True, False), "%s" % None, "%r" % "quote'd", "%a" % "ü")
print("%c" % 0x263A, "%5c|" % "x", "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%3$s" if False else "%-+6d|%+-6d|" % (5, 5))
print("%s" % (1,), "%s" % [(1,)], "%d%%" % 50)
print(b"%s %d %x" % (b"bytes", 10, 255), b"%c%c" % (65, b"B"), b"%5b|" % b"ab")
