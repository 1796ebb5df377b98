"""Runs gilt's lib/re under CPython (on the _gilt_sre stand-in beside this file) and compares it
with CPython's own re, expression by expression.

    python3 tests/re_shim/test_lib_re.py [-v]

Each case is a Python expression over a module R; it is evaluated once with R = CPython's re
and once with R = lib/re, and the two results (their reprs, or the exception's type, message and
re.error attributes) must be the same. Prints 'N passed, M failed'.
"""

import importlib.util
import os
import re as cpython_re
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_RE = os.path.join(HERE, '..', '..', 'lib', 're')
sys.path.insert(0, HERE)  # for _gilt_sre
warnings.simplefilter('ignore', DeprecationWarning)


def load_lib_re():
    spec = importlib.util.spec_from_file_location(
        'gilt_re', os.path.join(LIB_RE, '__init__.py'), submodule_search_locations=[LIB_RE])
    module = importlib.util.module_from_spec(spec)
    sys.modules['gilt_re'] = module
    spec.loader.exec_module(module)
    return module


CASES = r'''
R.match('a+', 'aaab')
R.match('b', 'ab')
R.search('b', 'ab')
R.fullmatch('a+', 'aaa')
R.fullmatch('a+', 'aab')
R.match(b'a+', b'aab')
R.search('(?P<first>\w+) (?P<last>\w+)', 'Jane Doe').groupdict()
R.search('(a)(b)?', 'ac').groups()
R.search('(a)(b)?', 'ac').groups('-')
R.search('(a)(b)?', 'ac').groupdict('-')
R.match('(a)(?P<n>b)?', 'ac').regs
R.match('(a)(?P<n>b)', 'ab').lastgroup
R.match('(a)(?P<n>b)', 'ab').lastindex
R.match('(?P<n>a)(b)', 'ab').lastgroup
R.match('(a)|b', 'b').lastindex
R.match('((a)b)', 'ab').lastindex
R.match('(a)(b)', 'ab').group(0, 2, 1)
R.match('(a)(b)', 'ab').group(3)
R.match('(a)(b)', 'ab').group(-1)
R.match('(a)(b)', 'ab').group('x')
R.match('(a)(b)', 'ab').group(True)
R.match('(a)(b)', 'ab')[2]
R.match('(?P<x>a)', 'a')['x']
R.match('(a)(b)', 'ab').span(2)
R.match('(a)(b)?', 'a').span(2)
R.match('(a)(b)?', 'a').start(2)
R.match('(a)(b)?', 'a').end(1)
R.match('(?P<x>a)', 'a').start('x')
R.match('a', 'a').group(1)
R.search('a', 'bab', 1).pos
R.compile('a').search('bab', -5, 100).endpos
R.compile('a').search('bab', 2, 1)
R.compile('').match('aaa', 5, 1)
R.compile('a').match('xa', 1)
R.compile('$').search('ab\n', 0, 2)
R.compile('a').fullmatch('ab', 0, 1)
R.match('a', 'a').string
R.match('a', 'a').re
R.match('(a)(b)', 'ab').expand(r'\2\1\g<0>\g<2>')
R.match('(?P<x>a)(b)?', 'a').expand(r'[\g<x>|\2]')
R.match('(a)', 'a').expand(r'\3')
R.match('a', 'a').expand(r'\q')
R.match('.*', 'x' * 100)
R.match(b'.*', b'x\xff' * 40)
R.match('.', 'é')
R.findall('a', 'aaa')
R.findall('(a)', 'aba')
R.findall('(a)(b)?', 'ab a')
R.findall('', 'abc')
R.findall('a*', 'baaac')
R.findall('a*?', 'aaa')
R.findall(r'\b', 'ab cd')
R.findall(b'(a)|b', b'ab')
R.findall('x*', 'axbc')
R.compile('a').findall('aaaa', 1, 3)
[m.span() for m in R.finditer('a*', 'baaac')]
[m.span() for m in R.finditer('', 'abc')]
[(m.span(), m.pos, m.endpos) for m in R.compile('a').finditer('aaaa', 1, 3)]
[m.groups() for m in R.finditer('(a)|(b)', 'ab')]
R.sub('a', 'b', 'aaa')
R.sub('a', 'b', 'aaa', 2)
R.sub('a', 'b', 'aaa', count=-1)
R.sub('x*', '-', 'abxd')
R.sub('', '-', 'abc')
R.sub('(a)', r'<\1>', 'bab')
R.sub('(a)(b)?', r'[\2]', 'ab a')
R.sub('(?P<x>a)', r'\g<x>\g<0>\g<1>', 'aa')
R.sub('a', r'\n\t\\', 'a')
R.sub('a', r'\.', 'a')
R.sub('a', r'\q', 'b')
R.sub('a', r'\2', 'a')
R.sub('a', r'\g<x>', 'a')
R.sub('a', r'\g<1x>', 'a')
R.sub('a', r'\g<', 'a')
R.sub('a', r'\g', 'a')
R.sub('(a)', r'\g<1>\100', 'a')
R.sub('(a)', r'\0\012\1', 'a')
R.sub('(a)', r'\400', 'a')
R.sub('a', '\\', 'a')
R.sub('a', lambda m: m.group().upper(), 'banana')
R.sub('a', lambda m: None, 'banana')
R.sub('a', lambda m: 1, 'banana')
R.sub('a', b'x', 'a')
R.sub(b'a', 'x', b'a')
R.sub(b'a', b'x', bytearray(b'aaa'))
R.sub(b'(a)', rb'<\1>', b'bab')
R.subn('a', 'b', 'aaa')
R.subn('x*', '-', 'abxd')
R.subn('(?P<x>a)', r'\g<x>\g<0>\\', 'aa')
R.sub('(?i)A', '-', 'aAa')
R.sub('a', 'b', 'a' * 5, flags=R.I)
R.split(',', 'a,b,,c')
R.split(',', 'a,b,c', 1)
R.split(',', 'a,b,c', maxsplit=-1)
R.split('(,)', 'a,b')
R.split('(,)|(;)', 'a,b;c')
R.split('x*', 'axbc')
R.split('', 'abc')
R.split(r'\b', 'ab cd')
R.split(b'a', bytearray(b'bab'))
R.split('a', 'aaa')
R.compile('(?i)ab', R.M)
R.compile('a', R.I | R.M | R.S)
R.compile(b'a', R.I)
R.compile('a', R.A)
R.compile('a', 1024)
R.compile('x' * 300)
R.compile('a', R.U)
R.compile('(?x)a', R.T)
R.compile('a').groupindex
R.compile('(?P<a>x)(?P<b>y)').groupindex
R.compile('(?P<a>x)(y)').groups
R.compile('(?P<a>x)(y)').flags
R.compile(b'(?i)a').flags
R.compile('(?a)a').flags
R.compile('a') == R.compile('a')
R.compile('a') == R.compile('a', R.I)
R.compile('a') == R.compile(b'a')
hash(R.compile('a')) == hash(R.compile('a'))
R.compile(R.compile('a'))
R.compile(R.compile('a'), R.I)
R.compile(1)
R.compile('a', 'x')
R.search('a', 1)
R.search('a', b'a')
R.search(b'a', 'a')
R.search(b'a', memoryview(b'xa'))
R.search(b'a', bytearray(b'xa')).group()
R.search(b'a', bytearray(b'xa')).string
R.compile('(')
R.compile('a)')
R.compile('ab\n(')
R.compile(b'\\\xe9')
R.compile('(?<=a*)')
R.compile('a{4294967295}')
R.compile('a', R.L)
R.compile('(?a)a', R.U)
(R.I, R.IGNORECASE, R.M, R.S, R.X, R.A, R.U, R.L, R.T, R.DEBUG, R.NOFLAG)
(str(R.I), format(R.I), int(R.I))
R.I | R.M
R.A | R.I
R.U | R.M
R.I | 1024
R.RegexFlag(0)
R.RegexFlag(1024)
R.I | R.M == 10
R.escape('a.b-c d\té#')
R.escape(b'a.b\xff')
R.escape('')
R.error('bad')
R.error('bad', 'ab\ncd', 4)
R.error('bad', b'ab', 1)
R.Pattern
R.Match
R.Pattern[str]
R.Match[bytes]
'|'.join(n for n in R.__all__ if n != 'Scanner')
R.purge()
'''

# Besides the values, these attributes of a raised re.error must agree.
ERROR_ATTRS = ('msg', 'pattern', 'pos', 'lineno', 'colno')


def describe(module, expr):
    try:
        value = eval(expr, {'R': module})
    except Exception as e:
        detail = (type(e).__name__, str(e))
        if isinstance(e, module.error):
            detail += tuple(getattr(e, a) for a in ERROR_ATTRS)
        return ('raised',) + detail
    return ('value', repr(value).replace('gilt_re', 're'))


def main():
    gilt_re = load_lib_re()
    verbose = '-v' in sys.argv
    passed = failed = 0
    for expr in CASES.strip().splitlines():
        want = describe(cpython_re, expr)
        got = describe(gilt_re, expr)
        if want == got:
            passed += 1
            if verbose:
                print('ok  ', expr)
        else:
            failed += 1
            print('FAIL', expr)
            print('     cpython:', want)
            print('     lib/re: ', got)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
