"""Issue warnings and control which of them are shown.

A filter is the tuple (action, message, category, module, lineno): `message`
and `module` are compiled regular expressions (or None for "any"; the built-in
'__main__' module filter is a plain string, compared for equality).
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

# Every change to `filters` bumps this; per-module registries remember the
# version they were filled under and are cleared when it moves on.
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# ---------------------------------------------------------------- showing

def formatwarning(message, category, filename, lineno, line=None):
    """Return the text showwarning() prints for one warning."""
    return _format(WarningMessage(message, category, filename, lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to `file` (default: sys.stderr)."""
    _show_default(WarningMessage(message, category, filename, lineno, file, line))


# The originals, so that catch_warnings and _show can tell when user code has
# replaced the public hooks.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _format(msg):
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno,
                                msg.category.__name__, msg.message)
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += "  %s\n" % line.strip()
    return text


def _format_msg(msg):
    # Honour a user-replaced formatwarning().
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename,
                             msg.lineno, msg.line)
    return _format(msg)


def _show_default(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:  # pythonw-like: nowhere to write
            return
    text = _format_msg(msg)
    try:
        file.write(text)
    except OSError:
        pass


# catch_warnings(record=True) swaps this for a list's append.
_showwarnmsg_impl = _show_default


def _show(msg):
    """Deliver one WarningMessage: to a user's showwarning() if they replaced
    it, else to the current implementation (stderr or a recording list)."""
    hook = showwarning
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno,
             msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


# CPython's names for the helpers above (other modules use some of them).
_showwarnmsg = _show
_formatwarnmsg = _format_msg
_formatwarnmsg_impl = _format


class WarningMessage(object):
    """One warning as recorded by catch_warnings(record=True)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


# ---------------------------------------------------------------- filters

def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter; `message` and `module` are regular expressions matched
    at the start of the warning text (case-insensitively) and module name."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    if message or module:
        import re
    message_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _add_filter(action, message_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter (the default action then applies to everything)."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


# ---------------------------------------------------------------- issuing

def _caller_frame(depth):
    """The frame `depth` levels above our caller's caller, or None."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is not None:
        try:
            return getframe(depth + 1)
        except ValueError:
            return None
    try:
        raise Exception
    except Exception as exc:
        frame = exc.__traceback__.tb_frame.f_back
    for _ in range(depth):
        if frame is None:
            break
        frame = frame.f_back
    return frame


def _is_internal_frame(frame):
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def _next_external_frame(frame):
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, attributed to the code `stacklevel` frames up."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    frame = _caller_frame(1)  # warn()'s caller
    if stacklevel <= 1 or (frame is not None and _is_internal_frame(frame)):
        for _ in range(stacklevel - 1):
            if frame is None:
                break
            frame = frame.f_back
    else:
        for _ in range(stacklevel - 1):
            if frame is None:
                break
            frame = _next_external_frame(frame)
    if frame is None:
        module_globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        module_globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = module_globals.get('__name__')
    if not isinstance(module, str):
        module = "<string>"
    registry = module_globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  module_globals, source)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issue a warning with an explicit location (the low-level warn())."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return

    for item in filters:
        action, msg_re, cat, mod_re, ln = item
        if (_matches(msg_re, text) and issubclass(category, cat)
                and _matches(mod_re, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
        item = None

    if action == "ignore":
        return

    # Let linecache find source through the module's loader if it must.
    import linecache
    linecache.getlines(filename, module_globals)

    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        module_key = (text, category, 0)
        if registry.get(module_key):
            return
        registry[module_key] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n"
                           " %s" % (action, item))
    # Through the module attribute, which callers may replace.
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


# ---------------------------------------------------------------- catch_warnings

class catch_warnings(object):
    """Save the warning filters and showwarning() on entry; restore on exit.

    With record=True, __enter__ returns a list collecting WarningMessage
    objects instead of printing them.  `action` (with category, lineno,
    append) applies simplefilter() inside the block."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._saved_filters = mod.filters
        mod.filters = mod.filters[:]
        mod._filters_mutated()
        self._saved_showwarning = mod.showwarning
        self._saved_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            mod.simplefilter(*self._filter)
        if self._record:
            log = []
            mod._showwarnmsg_impl = log.append
            # Record even when user code had replaced showwarning().
            mod.showwarning = mod._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._saved_filters
        mod._filters_mutated()
        mod.showwarning = self._saved_showwarning
        mod._showwarnmsg_impl = self._saved_impl


# ---------------------------------------------------------------- -W options

class _OptionError(Exception):
    """A malformed -W option or PYTHONWARNINGS entry."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as exc:
            print("Invalid -W option ignored:", exc, file=sys.stderr)


def _setoption(arg):
    # action:message:category:module:lineno, every part optional.
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
        if message:
            message = re.escape(message)
        if module:
            module = re.escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"  # an alias -W accepts
    for candidate in _ACTIONS:
        if candidate.startswith(action):
            return candidate
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins
        cat = getattr(builtins, category, None)
        if cat is None:
            raise _OptionError("unknown warning category: %r" % (category,))
    else:
        module_name, _, klass = category.rpartition('.')
        try:
            module = __import__(module_name, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module_name,)) from None
        try:
            cat = getattr(module, klass)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not (isinstance(cat, type) and issubclass(cat, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


if getattr(sys, 'warnoptions', None):
    _processoptions(sys.warnoptions)
