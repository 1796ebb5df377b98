# printf-style % formatting.
print("%s|%r|%a" % ("é", "é", "é"))
print("%d %i %u" % (3.9, -2, 7), "%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%e %E %f %F %g %G" % (12345.678, 0.000123, 3.5, float("inf"), 1e-10, 1e20))
print("%.2f %10.3f %-10.1f| %.0f %.3g" % (3.14159, 2.5, 2.5, 2.5, 1234567))
print("%c%c %%" % (65, "b"), "%s" % [1, 2], "%s" % ((1, 2),), "%(a)s %(b)05.1f" % {"a": "x", "b": 2.25})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % "single", "no args" % (), "%r" % {"k": None})
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print("%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"), "%3c|" % "x", "%x" % -255)
