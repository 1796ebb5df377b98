# strip family, padding, zfill, expandtabs, replace, removeprefix/suffix.
for s in ['  hi  ', '\t\n hi \r\x0b', 'xxhixx', '', '   ', '\u3000hi\x85']:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip('x')), repr(s.strip(' x')),
          repr(s.strip(None)))
print(repr('abcba'.strip('ab')), repr('😀a😀'.strip('😀')), repr('www.example.com'.lstrip('cmowz.')))
for w in [-1, 0, 3, 5, 6, 7, 10]:
    print(w, repr('abc'.center(w)), repr('abc'.center(w, '*')), repr('ab'.center(w, '-')), repr('abc'.ljust(w, '.')),
          repr('abc'.rjust(w)), repr('😀'.center(w, '😀')))
for s in ['42', '-42', '+42', '', '-', 'abc', '--1', '😀']:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(0)))
for s in ['a\tb', '\t', 'abc\tde\tf', 'a\nb\tc', 'ab\r\tc', '12345678\t9', 'é\tx', '😀\tx']:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(tabsize=1)),
          repr(s.expandtabs(-2)))
s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0), s.replace('one', '1', -1))
print(s.replace('', '-'), 'abc'.replace('', '-', 2), 'abc'.replace('', '-', 3), 'abc'.replace('', '-', 4), ''.replace('', 'x'))
print('aaa'.replace('a', 'bb'), 'aaa'.replace('aa', 'b'), 'abc'.replace('x', 'y'), '😀😀'.replace('😀', 'x', 1))
print('$&'.replace('$', '$$'), 'a.b'.replace('.', '$&'))
print('prefix_body'.removeprefix('prefix_'), 'prefix_body'.removeprefix('x'), 'body.py'.removesuffix('.py'),
      'body.py'.removesuffix(''), ''.removeprefix(''))
