"""Differential checks of gilt's pure-Python stdlib modules (part B) under CPython.

Each module from lib/ is loaded under a private name (gilt_<name>) so that
CPython's own module of the same name can never stand in for it; imports of
one of our modules by another are rewritten to the private names.  Each
test_<name>.py compares our module's results with CPython's real module and
reports mismatches.

    python3 tests/lib_under_cpython_b/run.py            # every module
    python3 tests/lib_under_cpython_b/run.py json enum  # some of them

Exit status is 1 when any check fails.
"""

import importlib.machinery
import importlib.util
import os
import re
import sys
import traceback as real_traceback

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.normpath(os.path.join(HERE, '..', '..', 'lib'))

# Modules of ours, in dependency order (a module may import earlier ones).
MODULES = ['linecache', 'warnings', 'traceback', 'fractions', 'json',
           'enum', 'typing', 'dataclasses', 'argparse']
# Private helpers some modules are split into.
HELPERS = ['_enum_support', '_enum_tools',
           '_typing_base', '_typing_vars', '_typing_special', '_typing_funcs',
           '_dataclass_gen', '_dataclass_api',
           '_argparse_actions', '_argparse_help', '_argparse_parser']
OURS = set(MODULES) | set(HELPERS)

_IMPORT_RE = re.compile(r'^(\s*)import (\w+)(?: as (\w+))?\s*$', re.M)
_FROM_RE = re.compile(r'^(\s*)from (\w+)((?:\.\w+)*) import ', re.M)
_SYS_MODULES_RE = re.compile(r"sys\.modules(\.get\(|\[)'(\w+)'")


def rewrite_imports(source):
    """Point imports of our modules at their private gilt_<name> copies."""
    def plain(m):
        indent, name, alias = m.group(1), m.group(2), m.group(3)
        if name not in OURS:
            return m.group(0)
        return '%simport gilt_%s as %s' % (indent, name, alias or name)

    def from_(m):
        indent, name, rest = m.group(1), m.group(2), m.group(3)
        if name not in OURS:
            return m.group(0)
        return '%sfrom gilt_%s%s import ' % (indent, name, rest)

    def sys_modules(m):
        name = m.group(2)
        if name not in OURS:
            return m.group(0)
        return "sys.modules%s'gilt_%s'" % (m.group(1), name)

    source = _IMPORT_RE.sub(plain, source)
    source = _FROM_RE.sub(from_, source)
    return _SYS_MODULES_RE.sub(sys_modules, source)


class _RewritingLoader(importlib.machinery.SourceFileLoader):
    def get_data(self, path):
        data = super().get_data(path)
        if path.endswith('.py'):
            return rewrite_imports(data.decode('utf-8')).encode('utf-8')
        return data

    def path_stats(self, path):
        raise OSError  # never use (or write) bytecode caches for rewritten source


def load(name):
    """Import lib/<name>.py (or lib/<name>/) as the module gilt_<name>."""
    private = 'gilt_' + name
    if private in sys.modules:
        return sys.modules[private]
    package_dir = os.path.join(LIB, name)
    if os.path.isdir(package_dir):
        path = os.path.join(package_dir, '__init__.py')
        loader = _RewritingLoader(private, path)
        spec = importlib.util.spec_from_file_location(
            private, path, loader=loader,
            submodule_search_locations=[package_dir])
    else:
        path = os.path.join(LIB, name + '.py')
        loader = _RewritingLoader(private, path)
        spec = importlib.util.spec_from_file_location(private, path, loader=loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[private] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[private]
        raise
    return module


# Lazy imports between our modules and package submodules (gilt_json.decoder ...)
# must load through the rewriting
# loader too: a finder for names under our private packages.
class _PrivateFinder:
    @staticmethod
    def find_spec(fullname, path=None, target=None):
        if not fullname.startswith('gilt_'):
            return None
        top, _, rest = fullname.partition('.')
        base = os.path.join(LIB, top[len('gilt_'):], *rest.split('.') if rest else ())
        if os.path.isdir(base):
            init = os.path.join(base, '__init__.py')
            return importlib.util.spec_from_file_location(
                fullname, init, loader=_RewritingLoader(fullname, init),
                submodule_search_locations=[base])
        if os.path.exists(base + '.py'):
            return importlib.util.spec_from_file_location(
                fullname, base + '.py',
                loader=_RewritingLoader(fullname, base + '.py'))
        return None


sys.meta_path.insert(0, _PrivateFinder)


class Checker:
    """Counts checks and prints each mismatch with its label."""

    def __init__(self, section):
        self.section = section
        self.passed = 0
        self.failed = 0

    def eq(self, label, got, expected):
        if got == expected and type(got) is type(expected):
            self.passed += 1
            return True
        self.failed += 1
        print('MISMATCH [%s] %s\n   ours: %r\n   real: %r'
              % (self.section, label, got, expected))
        return False

    def true(self, label, cond):
        return self.eq(label, bool(cond), True)

    def same(self, label, fn_ours, fn_real):
        """Run two thunks; compare results, or exception types and messages."""
        return self.eq(label, outcome(fn_ours), outcome(fn_real))


def outcome(thunk):
    """('ok', value) or ('raise', ExceptionTypeName, message)."""
    try:
        return ('ok', thunk())
    except SystemExit as exc:
        return ('exit', exc.code)
    except BaseException as exc:
        return ('raise', type(exc).__name__, str(exc))


def main(argv):
    wanted = argv or MODULES
    total_pass = total_fail = 0
    sys.path.insert(0, HERE)
    for name in wanted:
        checker = Checker(name)
        try:
            mine = load(name)
            test = importlib.import_module('test_' + name)
            test.run(checker, mine)
        except BaseException:
            checker.failed += 1
            print('CRASH in section %s:' % name)
            real_traceback.print_exc(file=sys.stdout)
        print('%-12s %4d passed, %d failed' % (name, checker.passed, checker.failed))
        total_pass += checker.passed
        total_fail += checker.failed
    print('TOTAL %d passed, %d failed' % (total_pass, total_fail))
    return 1 if total_fail else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
