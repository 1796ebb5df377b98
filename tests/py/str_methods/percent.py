# printf-style formatting of str.
print('%s|%r|%a' % ('é', 'é', 'é'), '%5s|%-5s|%.2s' % ('ab', 'ab', 'abc'), '%c%c' % (65, 'b'))
print('%d %i %u %5d %-5d| %05d %+d % d' % (1, 2, 3, 42, 42, 42, 42, 42))
print('%x %X %#x %#X %o %#o %08.3f %e %E %g %G' % (255, 255, 255, 255, 8, 8, 3.14159, 12345.678, 0.00012, 1e20, 1e-10))
print('%.0f %.1f %10.4f %-10.2f| %f' % (2.5, 0.05, 3.14159, 2.5, 1/3))
print('%s %s' % (None, True), '%s' % [1, 2], '%s' % ((1, 2),), '%r' % {'a': 1}, '%d' % 3.9, '%d' % True, '%x' % True)
print('%(name)s is %(age)d' % {'name': 'Bob', 'age': 30}, '%(x)r %%' % {'x': 'y'}, '%% %s' % 'lit')
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159), '%c' % 128512 == '😀', '%s' % 'x' * 2, '' % (), 'abc' % [])
print('%5.1s|' % 'abc', '%ld %hd' % (1, 2), '%.3s' % '😀😀😀😀', '%-3c|' % 'x')
for fmt, args in [('%d', ('a',)), ('%s %s', (1,)), ('%s', (1, 2)), ('%(a)s', (1,)), ('%c', ('ab',)), ('%x', (1.5,)),
                  ('%f', ('a',)), ('%z', (1,)), ('%', ()), ('%(a', {'a': 1}), ('%c', (0x110000,)), ('%d', (float('nan'),)),
                  ('%d', (float('inf'),)), ('%*d', ('x', 1)), ('%(a)s', {}), ('%é', (1,)), ('%s', ())]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
class N:
    def __int__(self):
        return 7
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 11
print('%d %f %x %d' % (N(), N(), I(), I()))
