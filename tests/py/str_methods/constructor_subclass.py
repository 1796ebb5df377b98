# str() construction, decoding, subclasses of str.
print(repr(str()), str(1), str(1.5), str(None), str([1, 'a']), str(b'ab'), str(b'ab', 'ascii'),
      str(b'h\xc3\xa9', 'utf-8'), str(b'\xff', 'latin-1'), str(b'\xff', 'utf-8', 'replace'), str(bytearray(b'x'), 'ascii'),
      str(object='kw'), str(b'abc', encoding='ascii'), str(b'\xffx', errors='ignore'))
class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('hello')
print(s, repr(s), type(s).__name__, s.shout(), type(s.upper()).__name__, type(s + 'x').__name__, len(s), s[1],
      s == 'hello', hash(s) == hash('hello'), isinstance(s, str), type(str(s)).__name__, 'ell' in s)
s.tag = 'attr'
print(s.tag, s.__dict__, sorted(vars(s)))
class T(str):
    def __new__(cls, value, extra):
        self = super().__new__(cls, value.upper())
        self.extra = extra
        return self
t = T('abc', 5)
print(t, t.extra, type(t).__name__, str.__new__(S, 'x'), type(str.__new__(S, 'x')).__name__)
class R(str):
    def __str__(self):
        return 'custom'
    def __repr__(self):
        return 'R!'
r = R('base')
print(str(r), repr(r), r + '', '%s' % r, '{}'.format(r), [r], r.upper())
class Slotted(str):
    __slots__ = ()
print(Slotted('z'), hasattr(Slotted('z'), '__dict__'))
class Weird:
    def __str__(self):
        return 'weird'
print(str(Weird()), str(S('a')) == 'a', S() == '', str(b''), repr(str(bytes(1), 'ascii')))
for args, kw in [((1, 'utf-8'), {}), (('a', 'utf-8'), {}), ((b'\xff', 'utf-8'), {}), ((b'a', 1), {}), ((), {'x': 1}),
                 ((1, 2, 3, 4), {}), ((b'a', 'nope'), {}), ((b'a', 'utf-8', 'nope'), {}), ((b'\xff', 'ascii', 'nope'), {})]:
    try:
        print(repr(str(*args, **kw)))
    except (TypeError, LookupError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
for bad in ['str.__new__()', 'str.__new__(1)', 'str.__new__(int)']:
    try:
        eval(bad)
    except TypeError as e:
        print('TypeError', e)
