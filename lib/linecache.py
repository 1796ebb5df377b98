"""Cache lines of source files so tracebacks and warnings can quote them.

Entries in `cache` are either
    (size, mtime, lines, fullname)   -- a file read from disk, or
    (get_lines,)                     -- a lazy entry: a no-argument callable that
                                        returns the source text (from a loader).
`lines` always end with a newline, even when the file's last line did not.
"""

import sys

try:
    import os as _os
except ImportError:  # a bare runtime without os: no stat, no path search
    _os = None

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Return line `lineno` (1-based) of `filename`, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Return all lines of `filename` (cached), or [] when it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk (or all of them when
    `filename` is None).  Lazy entries and entries without an mtime stay."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, _lines, fullname = entry
        if mtime is None:
            continue  # registered by hand (e.g. source of exec'd code)
        try:
            st = _os.stat(fullname)
        except (OSError, ValueError, AttributeError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _is_pseudo_name(filename):
    # "<stdin>", "<string>", "<frozen ...>": not files on disk.
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def updatecache(filename, module_globals=None):
    """(Re)read `filename` into the cache and return its lines ([] on failure)."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if _is_pseudo_name(filename):
        return []

    fullname = filename
    st = _stat(fullname)
    if st is None:
        # Ask the module's loader first (zip imports, generated sources ...).
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = [line + '\n' for line in data.splitlines()]
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        # A relative name: look for it along sys.path.
        if _os is None or _os.path.isabs(filename):
            return []
        for directory in sys.path:
            if not isinstance(directory, str):
                continue
            try:
                candidate = _os.path.join(directory, filename)
            except (TypeError, AttributeError):
                continue
            st = _stat(candidate)
            if st is not None:
                fullname = candidate
                break
        else:
            return []

    try:
        with open(fullname, 'rb') as f:
            raw = f.read()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    try:
        text = _decode_source(raw)
    except (LookupError, UnicodeDecodeError, SyntaxError):
        return []
    lines = _split_lines(text)
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Register a lazy entry using the module's __loader__.get_source.

    Returns True when a lazy entry exists (now or before) for `filename`."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _is_pseudo_name(filename) or not module_globals:
        return False
    name = module_globals.get('__name__')
    spec = module_globals.get('__spec__')
    loader = getattr(spec, 'loader', None)
    if loader is None:
        loader = module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if name and get_source is not None:
        def get_lines(name=name, get_source=get_source):
            return get_source(name)
        cache[filename] = (get_lines,)
        return True
    return False


def _stat(path):
    if _os is None:
        return None
    try:
        return _os.stat(path)
    except (OSError, ValueError, TypeError):
        return None


def _split_lines(text):
    # Universal newlines, as reading the file in text mode would give.
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    lines = [line + '\n' for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def _decode_source(raw):
    """Decode source bytes as the compiler would: a UTF-8 BOM, else a PEP 263
    coding cookie in the first two lines, else UTF-8."""
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8')
    encoding = 'utf-8'
    for line in raw.split(b'\n', 2)[:2]:
        found = _coding_cookie(line)
        if found:
            encoding = found
            break
        if line.strip() and not line.lstrip().startswith(b'#'):
            break  # code before any cookie: no cookie possible later
    return raw.decode(encoding)


def _coding_cookie(line):
    # Matches "coding[:=]\s*([-\w.]+)" on a comment line, without needing `re`.
    stripped = line.lstrip()
    if not stripped.startswith(b'#'):
        return None
    pos = stripped.find(b'coding')
    while pos >= 0:
        rest = stripped[pos + 6:]
        if rest[:1] in (b':', b'='):
            rest = rest[1:].lstrip(b' \t')
            end = 0
            while end < len(rest) and (chr(rest[end]).isalnum() or rest[end:end + 1] in (b'-', b'_', b'.')):
                end += 1
            if end:
                return rest[:end].decode('ascii', 'replace')
        pos = stripped.find(b'coding', pos + 6)
    return None
