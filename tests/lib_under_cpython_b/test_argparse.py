import argparse as real
import os
import re

from util import run_source, write_temp

PRELUDE = '''
import sys, io
def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        try:
            r = parser.parse_args(args)
        except SystemExit as e:
            r = 'exit %r' % (e.code,)
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
    finally:
        sys.stdout, sys.stderr = so, se
    print(repr(args), '->', r)
    if out.getvalue(): print('OUT:' + out.getvalue())
    if err.getvalue(): print('ERR:' + err.getvalue())
def known(parser, args):
    try:
        print(repr(args), '=>', parser.parse_known_args(args))
    except SystemExit as e:
        print('exit', e.code)
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
P = ap.ArgumentParser
'''

SCENARIOS = []

SCENARIOS.append('''
p = P(prog='prog', description='A test program that does things.', epilog='Some epilog text here.')
p.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max, help='sum the integers (default: find the max)')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--name', '-n', default='x', help='the name, default %(default)s')
p.add_argument('--choice', choices=['rock', 'paper', 'scissors'], help='pick %(choices)s')
p.add_argument('--flag', action='store_true')
p.add_argument('--no-thing', action='store_false', dest='thing')
p.add_argument('--append', action='append', type=int)
p.add_argument('--aconst', action='append_const', const=42)
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--two', nargs=2, metavar=('A', 'B'))
p.add_argument('--bool', action=ap.BooleanOptionalAction, default=False, help='a boolean')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
print(p.format_help())
print(p.format_usage())
for args in [['1', '2', '3'], ['1', '--sum', '2'], [], ['-vvv', '5'], ['-v', '-v', '5', '--verbose'], ['--name=bob', '1'], ['-nbob', '1'], ['-n', 'bob', '1'],
             ['--choice', 'lizard', '1'], ['--choice', 'rock', '1'], ['--flag', '--no-thing', '1'], ['--append', '1', '--append', '2', '3'], ['--append', 'x', '3'],
             ['--aconst', '--aconst', '1'], ['--ext', 'a', 'b', '--ext', 'c', '1'], ['--opt', '1'], ['1', '--opt'], ['1', '--opt', 'X'], ['--two', 'a', 'b', '1'], ['--two', 'a', '1'],
             ['--bool', '1'], ['--no-bool', '1'], ['--version'], ['-h'], ['x'], ['1', 'x'], ['--unknown', '1'], ['1', '--', '-5'], ['-5'], ['--na', 'q', '1'], ['--n', 'q', '1'],
             ['--sum=3', '1'], ['-vx', '1'], ['--name'], ['1', '2', 'extra', '--flag']]:
    run(p, args)
known(p, ['1', '--unknown', 'x', '-z'])
t(lambda: p.parse_args(['1']))
''')

SCENARIOS.append('''
p = P(prog='sub')
p.add_argument('--top', action='store_true')
sp = p.add_subparsers(dest='cmd', help='sub-command help')
a = sp.add_parser('add', help='add things', aliases=['a'])
a.add_argument('x', type=int)
a.add_argument('--fast', action='store_true')
r = sp.add_parser('remove', help='remove things')
r.add_argument('names', nargs='*')
r.set_defaults(func='removefunc')
print(p.format_help()); print(a.format_help()); print(r.format_help())
for args in [['add', '3'], ['a', '4', '--fast'], ['--top', 'remove', 'x', 'y'], ['remove'], ['bogus'], [], ['add'], ['add', 'x'], ['add', '3', '--bad'], ['add', '-h']]:
    run(p, args)
p2 = P(prog='req')
sp2 = p2.add_subparsers(title='commands', description='valid commands', required=True, dest='c', metavar='COMMAND')
sp2.add_parser('go')
sp2.add_parser('stop', help='stop it')
print(p2.format_help())
run(p2, []); run(p2, ['go'])
p3 = P(prog='p3')
sp3 = p3.add_subparsers()
sp3.add_parser('one').add_argument('--v', default='d')
run(p3, ['one']); run(p3, [])
t(lambda: p3.add_subparsers())
''')

SCENARIOS.append('''
p = P(prog='mx')
g = p.add_mutually_exclusive_group()
g.add_argument('--foo', action='store_true')
g.add_argument('--bar', action='store_false')
g2 = p.add_mutually_exclusive_group(required=True)
g2.add_argument('-a', type=int)
g2.add_argument('-b', nargs='?')
p.add_argument('pos', nargs='?')
print(p.format_help())
for args in [['-a', '1'], ['-a', '1', '-b', '2'], ['--foo', '--bar', '-a', '1'], [], ['--foo'], ['-b'], ['-b', 'x', 'pos']]:
    run(p, args)
p = P(prog='groups')
grp = p.add_argument_group('group1', 'group1 description')
grp.add_argument('foo', help='foo help')
grp2 = p.add_argument_group('group2', 'group2 description')
grp2.add_argument('--bar', help='bar help')
empty = p.add_argument_group('empty')
print(p.format_help())
p = P(prog='remainder')
p.add_argument('--foo')
p.add_argument('command')
p.add_argument('args', nargs=ap.REMAINDER)
print(p.format_usage())
for args in [['--foo', 'B', 'cmd', '--arg1', 'XX', 'ZZ'], ['cmd'], ['cmd', '--foo', 'x']]:
    run(p, args)
p = P(prog='nargs')
p.add_argument('a', nargs=2)
p.add_argument('b', nargs='*')
p.add_argument('c', nargs='?', default='cd')
p.add_argument('--x', nargs='*')
p.add_argument('--y', nargs='+', type=float)
print(p.format_help())
for args in [['1', '2'], ['1'], ['1', '2', '3', '4'], ['1', '2', '--x'], ['1', '--x', 'a', '2'], ['--y'], ['--y', '1.5', '2', '1', '2'], ['1', '2', '--y', 'z'], ['-1', '-2'], ['1', '2', '--', '--x']]:
    run(p, args)
p = P(prog='neg')
p.add_argument('-1', dest='one')
p.add_argument('foo', nargs='?')
for args in [['-1', 'X'], ['-2'], ['-1', '-1']]:
    run(p, args)
''')

SCENARIOS.append('''
p = P(prog='fmt', formatter_class=ap.ArgumentDefaultsHelpFormatter, description="""Line one.
    Line two indented.

Para two.""")
p.add_argument('--alpha', default=3, help='the alpha value')
p.add_argument('--beta', help='no default')
p.add_argument('pos', nargs='?', default='P', help='positional')
p.add_argument('--quiet', action='store_true', help=ap.SUPPRESS)
p.add_argument('--very-long-option-name-that-goes-on', metavar='VALUE', help='this option has an extremely long name and a long help text that must be wrapped across several lines of output')
print(p.format_help())
p.formatter_class = ap.RawDescriptionHelpFormatter; print(p.format_help())
p.formatter_class = ap.RawTextHelpFormatter; print(p.format_help())
p = P(prog='mt', formatter_class=ap.MetavarTypeHelpFormatter)
p.add_argument('--n', type=int); p.add_argument('f', type=float)
print(p.format_help())
p = P(prog='a_very_long_program_name_that_is_quite_long_indeed_really_it_is_long')
for i in range(8):
    p.add_argument('--option%d' % i, metavar='VALUE%d' % i)
p.add_argument('positional_one'); p.add_argument('positional_two', nargs='+')
print(p.format_usage())
p = P(prog='wrap')
for i in range(10):
    p.add_argument('--opt%d' % i, choices=['a', 'b'], nargs='*')
g = p.add_mutually_exclusive_group()
g.add_argument('--xx', action='store_true'); g.add_argument('--yy', action='store_true')
p.add_argument('files', nargs='+'); p.add_argument('out')
print(p.format_help())
p = P(prog='noh', add_help=False, usage='%(prog)s [stuff]')
p.add_argument('x')
print(p.format_help()); run(p, [])
p = P(prog='prefix', prefix_chars='+/')
p.add_argument('+f', action='store_true'); p.add_argument('++bar'); p.add_argument('/q')
print(p.format_help()); run(p, ['+f', '++bar', 'Y', '/q', '1'])
p = P(prog='noabbrev', allow_abbrev=False)
p.add_argument('--foobar'); run(p, ['--foo', '1']); run(p, ['--foobar', '1'])
p = P(prog='ambig')
p.add_argument('--foobar'); p.add_argument('--foonly'); run(p, ['--foo', '1']); run(p, ['--foob', '1'])
p = P(prog='sups', argument_default=ap.SUPPRESS)
p.add_argument('--a'); p.add_argument('b', nargs='?'); run(p, []); run(p, ['--a', '1', 'x'])
parent = P(add_help=False); parent.add_argument('--parent', type=int); parent.set_defaults(pd=5)
child = P(prog='child', parents=[parent]); child.add_argument('c'); print(child.format_help()); run(child, ['--parent', '2', 'c'])
p = P(prog='conf', conflict_handler='resolve')
p.add_argument('-f', '--foo', help='old'); p.add_argument('--foo', help='new'); print(p.format_help())
p = P(prog='err', exit_on_error=False)
p.add_argument('--n', type=int); p.add_argument('pos')
for args in [['--n', 'x', 'p'], ['p', 'q'], []]:
    run(p, args)
p = P(prog='types')
def even(s):
    v = int(s)
    if v % 2: raise ap.ArgumentTypeError('%r is not even' % s)
    return v
p.add_argument('--e', type=even); p.add_argument('--f', type=ap.FileType('r')); p.add_argument('--d', default='7', type=int)
for args in [['--e', '3'], ['--e', '4'], ['--f', '/nonexistent/file'], [], ['--d', '9']]:
    run(p, args)
t(lambda: ap.FileType('w', encoding='utf-8')); t(lambda: ap.FileType())
t(lambda: ap.Namespace(a=1, b='x')); t(lambda: ap.Namespace(a=1) == ap.Namespace(a=1)); t(lambda: 'a' in ap.Namespace(a=1))
t(lambda: P(prog='r')); t(lambda: p._actions[1])
t(lambda: P().add_argument('x', required=True)); t(lambda: P().add_argument('--x', nargs=0)); t(lambda: P().add_argument('--x', action='bogus'))
t(lambda: P().add_argument('--x', type='int')); t(lambda: P().add_argument('x', dest='y')); t(lambda: P().add_argument('-x', metavar=('a', 'b')))
t(lambda: P().add_argument('--', dest=None)); t(lambda: P(prog='c').add_argument('-h')); t(lambda: P().add_argument('bad', 'worse'))
t(lambda: P(conflict_handler='nope'))
t(lambda: P().add_argument('--x', const=1)); t(lambda: P().add_argument('--x', action='store_const')); t(lambda: P().add_argument('--x', nargs='?', const=1).const)
p = P(prog='defaults'); p.add_argument('--a', default='1'); p.set_defaults(a='2', z=9); print(p.parse_args([]), p.get_default('a'), p.get_default('z'))
p = P(prog='intermixed'); p.add_argument('--foo'); p.add_argument('cmd'); p.add_argument('rest', nargs='*', type=int)
t(lambda: p.parse_intermixed_args('doit 1 --foo bar 2 3'.split())); t(lambda: p.parse_known_args('doit 1 --foo bar 2 3'.split()))
p = P(prog='fromfile', fromfile_prefix_chars='@'); p.add_argument('a', nargs='*')
import tempfile, os
fd, path = tempfile.mkstemp(); os.write(fd, b'x\\ny\\n'); os.close(fd)
t(lambda: p.parse_args(['q', '@' + path, 'z']))
run(p, ['@/nonexistent/args'])
''')

SCENARIOS.append('''
p = P(prog='req', description='x' * 200)
p.add_argument('-f', '--foo', required=True, help='needed')
p.add_argument('-n', type=int, default=-1)
p.add_argument('nums', nargs='*', type=int, default=[1, 2])
p.add_argument('--mode', choices=('a', 'b'), default='a', help='mode (default: %(default)s; choices %(choices)s)')
p.add_argument('--hidden', help=ap.SUPPRESS)
p.add_argument('--meta', metavar='<m>', dest='m')
p.add_argument('--tuple', nargs='*', metavar=('X', 'Y'))
print(p.format_help())
for args in [[], ['-f', 'x'], ['-f', 'x', '-n', '-5'], ['-f', 'x', '-n', '-5', '3', '-4'], ['-fx', '--mode', 'c'], ['--foo=1', '--meta', 'q', '7', '8'], ['-f', '-n'], ['-f', 'x', '--tuple', 'a', 'b', 'c']]:
    run(p, args)
p = P(prog='nested')
sp = p.add_subparsers(dest='cmd')
s1 = sp.add_parser('a', description='Command a', help='do a')
ssp = s1.add_subparsers(dest='sub')
ssp.add_parser('b', help='inner').add_argument('--deep', type=float)
print(p.format_help()); print(s1.format_help())
for args in [['a', 'b', '--deep', '1.5'], ['a', 'b', '--deep'], ['a'], ['a', 'c']]:
    run(p, args)
p = P(prog='short')
p.add_argument('-a', action='store_true'); p.add_argument('-b', action='store_true'); p.add_argument('-c', type=int)
for args in [['-ab'], ['-abc', '3'], ['-abc3'], ['-ac3b'], ['-a=1'], ['-c=4'], ['-c', '-a']]:
    run(p, args)
p = P(prog='opt2', usage='%(prog)s [opts] FILE')
p.add_argument('file'); p.print_usage(); p.print_help()
p = P(prog='desc', description='  Leading and   trailing   spaces   and a   fairly long line that will need to be wrapped by the formatter for sure.  ', epilog='%(prog)s epilog')
print(p.format_help())
p = P(prog='append_default')
p.add_argument('--x', action='append', default=['d'])
run(p, ['--x', '1']); run(p, [])
p = P(prog='count_default')
p.add_argument('-v', action='count')
run(p, []); run(p, ['-vv'])
p = P(prog='ver', add_help=False)
p.add_argument('-V', action='version', version='1.2.3')
print(p.format_help()); run(p, ['-V'])
''')


def _normalize(text, mod):
    return re.sub(r'0x[0-9a-f]{6,}', '0xADDR', text.replace(mod.__name__, 'argparse'))


def _output(mod, source, path):
    g = {'__name__': '__main__', 'ap': mod}
    out, err, exc = run_source(PRELUDE + source, g, filename=path)
    return (_normalize(out, mod), _normalize(err, mod).replace(path, 'FILE'), repr(exc))


def run(check, mine):
    os.environ['COLUMNS'] = '80'
    for i, source in enumerate(SCENARIOS):
        path = write_temp(PRELUDE + source)
        ours = _output(mine, source, path)
        theirs = _output(real, source, path)
        for part, a, b in zip(('stdout', 'stderr', 'exc'), ours, theirs):
            if a != b and part == 'stdout':
                la, lb = a.splitlines(), b.splitlines()
                for n, (x, y) in enumerate(zip(la, lb)):
                    check.eq('scenario %d line %d' % (i, n + 1), x, y)
                check.eq('scenario %d line count' % i, len(la), len(lb))
            else:
                check.eq('scenario %d %s' % (i, part), a, b)
