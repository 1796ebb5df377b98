"""Helpers shared by the test_<module>.py files."""

import contextlib
import io
import os
import tempfile

_TMP = tempfile.mkdtemp(prefix='gilt_lib_b_')
_counter = [0]


def write_temp(source, suffix='.py'):
    """Write `source` to a fresh temporary file and return its path."""
    _counter[0] += 1
    path = os.path.join(_TMP, 'case%d%s' % (_counter[0], suffix))
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(source)
    return path


def run_source(source, namespace, filename=None):
    """Exec `source` (from a real file, so linecache finds its lines) in
    `namespace`; return (stdout, stderr, exception-or-None)."""
    path = filename or write_temp(source)
    out, err = io.StringIO(), io.StringIO()
    exc = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            exec(compile(source, path, 'exec'), namespace)
        except BaseException as e:  # compared by the caller
            exc = e
    return out.getvalue(), err.getvalue(), exc


def capture(thunk):
    """Run thunk; return (result-or-exception-summary, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result = ('ok', thunk())
        except SystemExit as e:
            result = ('exit', e.code)
        except BaseException as e:
            result = ('raise', type(e).__name__, str(e))
    return result, out.getvalue(), err.getvalue()
