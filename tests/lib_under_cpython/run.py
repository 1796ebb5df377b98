"""Differential tests of gilt's pure-Python stdlib (lib/) under CPython.

Each module of lib/ is loaded under a private name (`collections` becomes
`gilt_collections`), with its imports of other lib/ modules rewritten the
same way, so CPython's own modules never shadow ours.  Every case is then
run twice, once with our module and once with CPython's, and the outcomes
(repr of the result, or exception type and message) must agree.

Usage:  python3 tests/lib_under_cpython/run.py [--real=NAME,...] [module ...]
  --real=re,json   use CPython's modules of those names instead of lib/'s
                   (to keep a module under construction out of the way)
Cases live in cases_<module>.py beside this file (cases_collections__abc.py
for collections.abc): each defines CASES, a list of code strings run with
`M` bound to the module under test.  A case is an expression, or
statements that leave their answer in `result`.  A cases file may also
define EXTRA_OURS / EXTRA_REAL, names added to the cases' globals.
"""

import importlib.abc
import importlib.machinery
import importlib.util
import os
import re
import sys
import traceback

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.normpath(os.path.join(HERE, '..', '..', 'lib'))
PREFIX = 'gilt_'

REAL = set()
for _arg in list(sys.argv[1:]):
    if _arg.startswith('--real='):
        REAL.update(filter(None, _arg[len('--real='):].split(',')))
        sys.argv.remove(_arg)

# Top-level names provided by lib/ (files and packages).
OURS = sorted(
    name[:-3] if name.endswith('.py') else name
    for name in os.listdir(LIB)
    if name.endswith('.py')
    or os.path.isfile(os.path.join(LIB, name, '__init__.py')))
OURS = [name for name in OURS if name not in REAL]

_names = '|'.join(map(re.escape, OURS))
_IMPORT_AS = re.compile(rf'^(\s*)import ({_names})((?:\.\w+)*)\s+as\s+(\w+)',
                        re.M)
_IMPORT = re.compile(rf'^(\s*)import ({_names})\s*$', re.M)
_IMPORT_SUB = re.compile(rf'^(\s*)import ({_names})((?:\.\w+)+)\s*$', re.M)
_FROM = re.compile(rf'^(\s*)from ({_names})((?:\.\w+)*) import', re.M)


def rewrite(source):
    source = _IMPORT_AS.sub(rf'\1import {PREFIX}\2\3 as \4', source)
    source = _IMPORT.sub(rf'\1import {PREFIX}\2 as \2', source)
    # `import a.b` binds `a`: import the submodule, then bind the package.
    source = _IMPORT_SUB.sub(rf'\1import {PREFIX}\2\3; import {PREFIX}\2 as \2',
                             source)
    return _FROM.sub(rf'\1from {PREFIX}\2\3 import', source)


class _Loader(importlib.machinery.SourceFileLoader):
    def source_to_code(self, data, path, *, _optimize=-1):
        return compile(rewrite(data.decode('utf-8')), path, 'exec',
                       dont_inherit=True)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if not fullname.startswith(PREFIX):
            return None
        parts = fullname[len(PREFIX):].split('.')
        base = os.path.join(LIB, *parts)
        if os.path.isfile(os.path.join(base, '__init__.py')):
            init = os.path.join(base, '__init__.py')
            return importlib.util.spec_from_file_location(
                fullname, init, loader=_Loader(fullname, init),
                submodule_search_locations=[base])
        if os.path.isfile(base + '.py'):
            return importlib.util.spec_from_file_location(
                fullname, base + '.py', loader=_Loader(fullname, base + '.py'))
        return None


sys.meta_path.insert(0, _Finder())


def load(name):
    """Our version of module `name` (e.g. 'collections.abc')."""
    return importlib.import_module(PREFIX + name)


_ADDRESS = re.compile(r' at 0x[0-9a-fA-F]+')


def normalise(text):
    return _ADDRESS.sub(' at 0x?', text.replace(PREFIX, ''))


def outcome(code, module, extra):
    env = {'M': module, '__name__': '__casemain__'}
    env.update(extra)
    try:
        try:
            compiled = compile(code, '<case>', 'eval')
        except SyntaxError:
            exec(compile(code, '<case>', 'exec'), env)
            value = env.get('result')
        else:
            value = eval(compiled, env)
        return 'ok: ' + normalise(repr(value))
    except BaseException as exc:     # the case is about the exception
        if isinstance(exc, KeyboardInterrupt):
            raise
        return f'{type(exc).__name__}: {normalise(str(exc))}'


def run_cases(modname, cases, extra_ours=None, extra_real=None):
    ours = load(modname)
    real = importlib.import_module(modname)
    failures = 0
    for code in cases:
        if callable(code):
            code = code()
        mine = outcome(code, ours, extra_ours or {})
        theirs = outcome(code, real, extra_real or {})
        if mine != theirs:
            failures += 1
            print(f'--- {modname}: {code.strip()}')
            print(f'    ours:    {mine}')
            print(f'    CPython: {theirs}')
    return failures, len(cases)


def main(argv):
    wanted = argv or None
    total_failures = total_cases = 0
    for filename in sorted(os.listdir(HERE)):
        match = re.fullmatch(r'cases_(\w+)\.py', filename)
        if not match:
            continue
        modname = match.group(1).replace('__', '.')
        if wanted and modname not in wanted:
            continue
        env = {'__name__': 'cases_' + match.group(1), 'load': load}
        path = os.path.join(HERE, filename)
        with open(path) as f:
            exec(compile(f.read(), path, 'exec'), env)
        try:
            failures, count = run_cases(modname, env['CASES'],
                                        env.get('EXTRA_OURS'),
                                        env.get('EXTRA_REAL'))
        except Exception:
            print(f'--- {modname}: could not run')
            traceback.print_exc()
            failures, count = 1, 1
        print(f'{modname}: {count - failures}/{count} agree')
        total_failures += failures
        total_cases += count
    print(f'TOTAL: {total_cases - total_failures}/{total_cases} agree')
    return 1 if total_failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
