# bytes % formatting.
print(b'%s %d %x %X %o %c %c %r %a %b %%' % (b'str', 42, 255, 255, 8, 65, b'z', 'é', 'é', bytearray(b'ba')))
print(b'%5s|%-5s|%.1s|%05d|%+d|%.2f|%e|%g' % (b'ab', b'ab', b'ab', 42, 7, 3.14159, 1234.5, 0.5))
print(b'%(a)s %(b)d' % {b'a': b'A', b'b': 2}, b'%s' % memoryview(b'mv'), b'%i' % 3, b'' % (), b'x' % {})
for fmt, args in [(b'%s', ('a',)), (b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'%c', (256,)), (b'%c', (b'ab',)),
                  (b'%d', (b'a',)), (b'%x', (1.5,)), (b'%z', (1,)), (b'%(a)s', (1,)), (b'%i', ('a',))]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
