# split/rsplit/splitlines/join/partition.
cases = ['a b  c', '  a  b  ', '', '   ', 'a,b,,c,', ',', 'one', 'a\tb\nc\x0bd\x0ce\x1cf\x85g\xa0h\u3000i']
for s in cases:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(None, 0), s.rsplit(maxsplit=0))
    print('  ', s.split(','), s.rsplit(','), s.split(',', 1), s.rsplit(',', 1), s.split(sep=',', maxsplit=2))
print('a--b--c'.split('--'), 'a--b--c'.rsplit('--', 1), 'aaa'.split('a'), 'aaa'.split('aa'), 'aaa'.rsplit('aa'))
text = 'l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cl7\x1dl8\x1el9\x85l10\u2028l11\u2029l12\n\n'
print(text.splitlines())
print(text.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), 'x'.splitlines(keepends=True), 'a\r'.splitlines(1))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join(('x',)), '|'.join('abc'), ' '.join(iter(['p', 'q'])))
print(''.join(c for c in 'hello' if c != 'l'), '😀'.join(['a', 'b']), 'x'.join({'k': 1}))
for s in ['key=value', 'no separator', '=start', 'end=', 'a=b=c']:
    print(s.partition('='), s.rpartition('='))
print('😀a😀'.partition('a'), '😀a😀'.split('a'), 'a😀b😀c'.rsplit('😀', 1))
class MyStr(str):
    pass
print(', '.join([MyStr('x'), 'y']), type(MyStr('a b').split()[0]).__name__)
