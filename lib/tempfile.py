"""Temporary files and directories: gettempdir, mkdtemp, mkstemp, TemporaryDirectory, NamedTemporaryFile,
TemporaryFile, SpooledTemporaryFile-free subset. Names are random (os.urandom) and created exclusively."""

import os as _os
import io as _io

__all__ = ['gettempdir', 'gettempdirb', 'gettempprefix', 'mkdtemp', 'mkstemp', 'mktemp', 'TemporaryDirectory',
           'NamedTemporaryFile', 'TemporaryFile', 'TMP_MAX', 'template', 'tempdir']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _random_name():
    return ''.join(_CHARS[b % len(_CHARS)] for b in _os.urandom(8))


def _candidate_dirs():
    for var in ('TMPDIR', 'TEMP', 'TMP'):
        d = _os.environ.get(var)
        if d:
            yield d
    yield from ('/tmp', '/var/tmp', '/usr/tmp')
    yield _os.getcwd()


def gettempdir():
    """The directory temporary files go in (the first usable of $TMPDIR, $TEMP, $TMP, /tmp, …)."""
    global tempdir
    if tempdir is None:
        for d in _candidate_dirs():
            if d != _os.curdir:
                d = _os.path.abspath(d)
            if _os.path.isdir(d) and _os.access(d, _os.W_OK):
                tempdir = d
                break
        else:
            raise FileNotFoundError(2, 'No usable temporary directory found')
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def gettempprefix():
    return template


def _parts(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, dir


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory readable only by its creator and return its absolute path."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(17, 'No usable temporary directory name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file (O_EXCL) and return (an open OS-level descriptor, its absolute path)."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)
    raise FileExistsError(17, 'No usable temporary file name found')


def mktemp(suffix='', prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: another process may take it first)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.exists(path):
            return path
    raise FileExistsError(17, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    """A file object that deletes its file when closed (if delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, name):
        return getattr(self.file, name)

    def __iter__(self):
        return iter(self.file)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._cleanup()
        return result

    def close(self):
        try:
            self.file.close()
        finally:
            self._cleanup()

    def _cleanup(self):
        if self.delete:
            self.delete = False
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __repr__(self):
        return f"<tempfile._TemporaryFileWrapper file={self.file!r}>"


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    fd, name = mkstemp(suffix, prefix, dir, text='b' not in mode)
    try:
        f = _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                  *, errors=None):
    """A file with no name left in the file system (unlinked as soon as it is open)."""
    fd, name = mkstemp(suffix, prefix, dir, text='b' not in mode)
    try:
        _os.unlink(name)
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class TemporaryDirectory:
    """A directory made by mkdtemp(), removed with its contents by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._closed = False

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._closed:
            self._closed = True
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
