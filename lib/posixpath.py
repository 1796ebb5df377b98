"""Path name manipulation for POSIX systems (os.path).

Every function takes str or bytes (or an os.PathLike object) and answers
in the same type.  The functions that look at the file system go through
os.stat/os.lstat.
"""

import os
import stat as _stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _seps(path):
    """(sep, curdir, pardir) in the type of path."""
    if isinstance(path, bytes):
        return b"/", b".", b".."
    return "/", ".", ".."


def _check_types(funcname, *args):
    """TypeError unless the arguments are all str or all bytes."""
    has_str = has_bytes = False
    for a in args:
        if isinstance(a, str):
            has_str = True
        elif isinstance(a, bytes):
            has_bytes = True
        else:
            raise TypeError("%s() argument must be str, bytes, or "
                            "os.PathLike object, not %r"
                            % (funcname, type(a).__name__)) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


# -- pure string operations

def normcase(s):
    """POSIX file names are case sensitive: nothing to do."""
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Join path components; an absolute component discards those before
    it, and an empty last component leaves a trailing separator."""
    a = os.fspath(a)
    sep_ = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + sep_
        for b in map(os.fspath, p):
            if b.startswith(sep_):
                path = b
            elif not path or path.endswith(sep_):
                path += b
            else:
                path += sep_ + b
    except (TypeError, AttributeError, BytesWarning):
        _check_types("join", a, *p)
        raise
    return path


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def split(p):
    """(head, tail): tail is after the last separator; head keeps leading
    separators but loses trailing ones."""
    p = os.fspath(p)
    sep_ = _seps(p)[0]
    i = p.rfind(sep_) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep_ * len(head):
        head = head.rstrip(sep_)
    return head, tail


def splitext(p):
    """(root, ext): ext starts at the last dot of the last component,
    unless that component only starts with dots."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep_, dot = b"/", b"."
    else:
        sep_, dot = "/", "."
    last_sep = p.rfind(sep_)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        # a leading run of dots in the file name does not start an extension
        start = last_sep + 1
        while start < last_dot:
            if p[start:start + 1] != dot:
                return p[:last_dot], p[last_dot:]
            start += 1
    return p, p[:0]


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = os.fspath(p)
    sep_ = _seps(p)[0]
    head = p[:p.rfind(sep_) + 1]
    if head and head != sep_ * len(head):
        head = head.rstrip(sep_)
    return head


def commonprefix(m):
    """The longest string that starts every item (character by character,
    not by path component)."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def normpath(path):
    """Collapse redundant separators and '.' and 'a/..' parts.  Two
    leading separators are kept (POSIX gives them a meaning), three or
    more become one."""
    path = os.fspath(path)
    sep_, cur, par = _seps(path)
    if not path:
        return cur
    lead = 0
    if path.startswith(sep_):
        lead = 2 if path.startswith(sep_ * 2) and not path.startswith(sep_ * 3) else 1
    parts = []
    for comp in path.split(sep_):
        if not comp or comp == cur:
            continue
        if comp == par:
            if parts and parts[-1] != par:
                parts.pop()
                continue
            if lead:
                continue  # '/..' is '/'
        parts.append(comp)
    result = sep_ * lead + sep_.join(parts)
    return result or cur


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def relpath(path, start=None):
    """path relative to start (default: the current directory)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    sep_, cur, par = _seps(path)
    if start is None:
        start = cur
    else:
        start = os.fspath(start)
    try:
        start_parts = [x for x in abspath(start).split(sep_) if x]
        path_parts = [x for x in abspath(path).split(sep_) if x]
        common = 0
        for a, b in zip(start_parts, path_parts):
            if a != b:
                break
            common += 1
        rel = [par] * (len(start_parts) - common) + path_parts[common:]
        return join(*rel) if rel else cur
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_types("relpath", path, start)
        raise


def commonpath(paths):
    """The longest common sub-path (by whole components)."""
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    sep_, cur, _ = _seps(paths[0])
    try:
        split_paths = [p.split(sep_) for p in paths]
        try:
            isabs_, = set(p[:1] == sep_ for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != cur] for s in split_paths]
        lo = min(split_paths)
        hi = max(split_paths)
        common = lo
        for i, c in enumerate(lo):
            if c != hi[i]:
                common = lo[:i]
                break
        prefix = sep_ if isabs_ else sep_[:0]
        return prefix + sep_.join(common)
    except (TypeError, AttributeError):
        _check_types("commonpath", *paths)
        raise


def expanduser(path):
    """'~' and '~user' at the start become home directories."""
    path = os.fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep_ = _seps(path)[0]
    i = path.find(sep_, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = os.environ.get("HOME")
        if home is None:
            try:
                import pwd
                home = pwd.getpwuid(os.getuid()).pw_dir
            except (ImportError, KeyError):
                return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode("utf-8", "surrogateescape")
        try:
            import pwd
            home = pwd.getpwnam(name).pw_dir
        except (ImportError, KeyError):
            return path
    if isinstance(path, bytes):
        home = home.encode("utf-8", "surrogateescape")
    home = home.rstrip(sep_)
    return (home + path[i:]) or sep_


def expandvars(path):
    """$name and ${name} become environment values; unknown ones stay."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b"$" not in path:
            return path
        dollar, lbrace, rbrace = b"$", b"{", b"}"
        env = {k.encode("utf-8", "surrogateescape"): v.encode("utf-8", "surrogateescape")
               for k, v in os.environ.items()}
    else:
        if "$" not in path:
            return path
        dollar, lbrace, rbrace = "$", "{", "}"
        env = os.environ
    out = []
    i = 0
    n = len(path)
    while i < n:
        j = path.find(dollar, i)
        if j < 0:
            out.append(path[i:])
            break
        out.append(path[i:j])
        if path[j + 1:j + 2] == lbrace:
            k = path.find(rbrace, j + 2)
            if k < 0:
                out.append(path[j:])
                break
            name = path[j + 2:k]
            end = k + 1
        else:
            k = j + 1
            while k < n and (path[k:k + 1].isalnum() or path[k:k + 1] in ("_", b"_")):
                k += 1
            name = path[j + 1:k]
            end = k
        if name and name in env:
            out.append(env[name])
        else:
            out.append(path[j:end])
        i = end
    return path[:0].join(out)


# -- questions to the file system

def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return _stat.S_ISREG(st.st_mode)


def isdir(s):
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return _stat.S_ISDIR(st.st_mode)


def islink(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return _stat.S_ISLNK(st.st_mode)


def ismount(path):
    """Is path a mount point (its parent is on another device, or it is
    the root)?"""
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if _stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, _seps(path)[2])
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


def realpath(filename, *, strict=False):
    """The path with symbolic links resolved, as far as they exist."""
    filename = os.fspath(filename)
    sep_, cur, par = _seps(filename)
    path, _ = _resolve(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    """Follow rest from path, resolving links; seen maps links being
    resolved to their result (None while in progress: a loop)."""
    sep_, cur, par = _seps(rest)
    if isabs(rest):
        rest = rest[1:]
        path = sep_
    while rest:
        name, _, rest = rest.partition(sep_)
        if not name or name == cur:
            continue
        if name == par:
            if path:
                path, name = split(path)
                if name == par:
                    path = join(path, par, par)
            else:
                path = par
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = _stat.S_ISLNK(st.st_mode)
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                os.stat(newpath)
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True
