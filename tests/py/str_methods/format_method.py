# str.format, format_map and format() with str values.
print('{} and {}'.format('a', 'b'), '{1} {0} {1}'.format('x', 'y'), '{a}-{b}'.format(a=1, b=2))
print('{0[0]} {0[1]} {1[k]} {1[k][1]}'.format(['p', 'q'], {'k': 'vw'}))
class P:
    x = 3
    def __init__(self):
        self.y = 'why'
print('{0.x} {0.y} {p.y!r} {p.y!s:>5} {p.y!a}'.format(P(), p=P()))
print('{:>10}|{:<10}|{:^10}|{:*^9}|{:.3}|{:10.2}|'.format('right', 'left', 'mid', 'st', 'truncate', 'ab'))
print('{:{}}|'.format('a', 5))
print('{0:{1}}|{2:{w}.{p}}|'.format('a', 5, 'bcdef', w=6, p=2))
print('{{}} {{{}}} {{0}}'.format('lit'), '{0!r:^12}'.format('q'), '{!r}'.format('é😀'), '{!a}'.format('é😀'))
print('{0}{0}'.format('ab'), '{}'.format(None), '{}'.format(3.5), '{:5}|'.format(42), '{:<5}|'.format(True))
print('{[-1]}'.format({'-1': 'neg'}), '{0[ key ]}'.format({' key ': 1}), '{0.real}'.format(1 + 2j))
print('{name}'.format_map({'name': 'map'}), '{x.y}'.format_map({'x': P()}))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a} {b}'.format_map(Default(a=1)))
print(format('abc'), format('abc', ''), format('abc', '>5'), format('abc', '^7'), 'x'.__format__('3'))
class F:
    def __format__(self, spec):
        return 'F(' + spec + ')'
print('{0}|{0:xyz}|{0:}'.format(F()), f'{F():abc}', format(F(), 'q'))
for tmpl, args, kw in [('{', (), {}), ('}', (), {}), ('{0', (1,), {}), ('{!}', (1,), {}), ('{!x}', (1,), {}),
                       ('{}{0}', (1,), {}), ('{0}{}', (1, 2), {}), ('{1}', (1,), {}), ('{x}', (), {}),
                       ('{0.nope}', (1,), {}), ('{0[5]}', ([1],), {}), ('{:d}', ('s',), {}), ('{:,}', ('s',), {}),
                       ('{:=5}', ('s',), {}), ('{:+}', ('s',), {}), ('{:{:{}}}', (1, 2, 3), {}), ('{a[}', (), {'a': 1}),
                       ('{0]}', (1,), {}), ('{0.}', (1,), {}), ('{0[]}', (1,), {}), ('{:>{}}', ('a',), {})]:
    try:
        print(repr(tmpl.format(*args, **kw)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(tmpl, type(e).__name__, e)
try:
    '{0}'.format_map({})
except ValueError as e:
    print('ValueError', e)
try:
    format(F(), 5)
except TypeError as e:
    print('TypeError', e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    '{}'.format(BadFormat())
except TypeError as e:
    print('TypeError', e)
