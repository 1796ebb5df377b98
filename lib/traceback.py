"""Extract, format and print stack traces and exceptions (CPython 3.11 layout)."""

import builtins
import sys
import linecache

# Exception groups arrived in 3.11; keep working on a runtime without them.
_BaseExceptionGroup = getattr(builtins, 'BaseExceptionGroup', None)

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

# Marks "argument not passed" where None is a meaningful value.
_sentinel = object()

_CAUSE_MESSAGE = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_CONTEXT_MESSAGE = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")

# Identical consecutive frames beyond this many are folded into one line.
_RECURSIVE_CUTOFF = 3


# ---------------------------------------------------------------- functions

def print_list(extracted_list, file=None):
    """Print frames as returned by extract_tb() or extract_stack()."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format frames (FrameSummary objects or 4-tuples) as lines of text."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of the traceback's frames, oldest first."""
    return StackSummary._extract_positions(_walk_tb_positions(tb), limit=limit)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, '
                        f'{type(exc).__name__} found')
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception and its traceback (and chained exceptions)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines print_exception() would print, each ending in a newline."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The final 'Type: message' line(s) of an exception's report."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def _final_exc_line(type_name, value):
    text = _safe_string(value, 'exception')
    if value is None or not text:
        return "%s\n" % type_name
    return "%s: %s\n" % (type_name, text)


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (shorthand for print_exception)."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_type & co)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def _current_frame(skip):
    """The frame `skip` levels above the caller of the function calling us."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is not None:
        return getframe(skip + 2)
    try:
        raise Exception
    except Exception as exc:
        frame = exc.__traceback__.tb_frame
    for _ in range(skip + 2):
        frame = frame.f_back
    return frame


def print_stack(f=None, limit=None, file=None):
    """Print the current call stack (or the one ending at frame `f`)."""
    if f is None:
        f = _current_frame(0)
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = _current_frame(0)
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the call stack, oldest frame first."""
    if f is None:
        f = _current_frame(0)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the locals of every frame in a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass  # a frame that is still running cannot be cleared
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, lineno) from `f` outwards through f.f_back."""
    if f is None:
        f = _current_frame(0)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each level of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _code_position(code, lasti):
    """(lineno, end_lineno, colno, end_colno) of the instruction at byte
    offset `lasti`, when the runtime records positions; else Nones."""
    positions = getattr(code, 'co_positions', None)
    if positions is None or lasti is None or lasti < 0:
        return None, None, None, None
    index = lasti // 2  # instructions are two bytes wide
    for i, position in enumerate(positions()):
        if i == index:
            return position
    return None, None, None, None


def _walk_tb_positions(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)) for each level.
    while tb is not None:
        position = _code_position(tb.tb_frame.f_code,
                                  getattr(tb, 'tb_lasti', None))
        if position[0] is None:
            position = (tb.tb_lineno,) + tuple(position[1:])
        yield tb.tb_frame, position
        tb = tb.tb_next


_walk_tb_with_full_positions = _walk_tb_positions


# ---------------------------------------------------------------- frames

class FrameSummary:
    """One frame of a stack: where it ran, and optionally its locals' reprs.

    Compares equal to the tuple (filename, lineno, name, line) and unpacks
    like one."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            # CPython 3.11 lets a failing repr() propagate here.
            self.locals = {k: repr(v) for k, v in locals.items()}
        else:
            self.locals = None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # The source line as read, indentation included.
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects that knows how to format itself."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Build from (frame, lineno) pairs, e.g. walk_stack() or walk_tb()."""
        def with_positions():
            for frame, lineno in frame_gen:
                yield frame, (lineno, None, None, None)
        return klass._extract_positions(
            with_positions(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_positions(klass, frame_gen, *, limit=None,
                           lookup_lines=True, capture_locals=False):
        # frame_gen yields (frame, (lineno, end_lineno, colno, end_colno)).
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        entries = []
        if limit is not None and limit >= 0:
            if limit:
                for entry in frame_gen:
                    entries.append(entry)
                    if len(entries) >= limit:
                        break
        else:
            entries = list(frame_gen)
            if limit is not None:
                entries = entries[len(entries) + limit:] if -limit < len(entries) else entries

        result = klass()
        filenames = set()
        for frame, (lineno, end_lineno, colno, end_colno) in entries:
            code = frame.f_code
            filename = code.co_filename
            filenames.add(filename)
            linecache.lazycache(filename, frame.f_globals)
            frame_locals = frame.f_locals if capture_locals else None
            result.append(FrameSummary(
                filename, lineno, code.co_name, lookup_line=False,
                locals=frame_locals, end_lineno=end_lineno, colno=colno,
                end_colno=end_colno))
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    # The name CPython uses (some libraries call it).
    _extract_from_extended_frame_gen = _extract_positions

    @classmethod
    def from_list(klass, a_list):
        """Build from FrameSummary objects or (filename, lineno, name, line)."""
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text for one frame: location, source line, carets, locals."""
        fs = frame_summary
        parts = ['  File "{}", line {}, in {}\n'.format(
            fs.filename, fs.lineno, fs.name)]
        if fs.line:
            stripped = fs.line.strip()
            parts.append('    {}\n'.format(stripped))
            carets = _caret_line(fs, stripped)
            if carets:
                parts.append(carets)
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                parts.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(parts)

    def format(self):
        """Lines for every frame, folding long runs of the same frame."""
        result = []
        last = None
        count = 0
        for fs in self:
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or None in last or key != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
                last = key
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(text)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
        return result


def _repeated_line(count):
    return '  [Previous line repeated {} more time{}]\n'.format(
        count, 's' if count > 1 else '')


def _byte_offset_to_character_offset(text, offset):
    # Code positions count UTF-8 bytes; the caret line counts characters.
    return len(text.encode('utf-8')[:offset].decode('utf-8', errors='replace'))


def _caret_line(fs, stripped):
    """The '^^^' (or '~~^^~~') line under the failing expression, or ''.

    Shown only when the expression does not cover the whole source line."""
    if fs.colno is None or fs.end_colno is None:
        return ''
    # Columns below are 1-based and `lead` counts the line's indentation
    # plus its newline: the two extra units cancel out, as in CPython.
    original = fs._original_line
    lead = len(original) - len(stripped)
    start = _byte_offset_to_character_offset(original, fs.colno) + 1
    end = _byte_offset_to_character_offset(original, fs.end_colno) + 1
    anchors = None
    if fs.lineno == fs.end_lineno:
        try:
            anchors = _caret_anchors(original[start - 1:end - 1])
        except Exception:
            anchors = None
    else:
        # The expression continues on later lines: underline to line end.
        end = lead + len(stripped)
    width = end - start
    spans_line = width >= len(stripped)
    if spans_line and not (anchors and anchors[1] > anchors[0]):
        return ''
    parts = ['    ', ' ' * (start - lead)]
    if anchors:
        left, right = anchors
        parts.append('~' * left + '^' * (right - left) + '~' * (width - right))
    else:
        parts.append('^' * width)
    parts.append('\n')
    return ''.join(parts)


def _caret_anchors(segment):
    """For a binary operation or a subscript, the (start, end) character
    offsets within `segment` of the operator or the [...] part; else None."""
    try:
        from _gilt_traceback import caret_anchors
    except ImportError:
        caret_anchors = None
    if caret_anchors is not None:
        return caret_anchors(segment)
    try:
        import ast
    except ImportError:
        return None
    try:
        tree = ast.parse(segment)
    except SyntaxError:
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return None
    expr = tree.body[0].value

    def chars(offset):
        return _byte_offset_to_character_offset(segment, offset)

    if isinstance(expr, ast.BinOp):
        between_start = chars(expr.left.end_col_offset)
        between = segment[between_start:chars(expr.right.col_offset)]
        skip = len(between) - len(between.lstrip())
        left = expr.left.end_col_offset + skip
        right = left + 1
        if skip + 1 < len(between) and not between[skip + 1].isspace():
            right += 1  # a two-character operator such as ** or //
        # Step over closing parentheses and comments after the left operand.
        while left < len(segment) and (segment[left].isspace() or segment[left] in ")#"):
            left += 1
            right += 1
        return chars(left), chars(right)
    if isinstance(expr, ast.Subscript):
        left = chars(expr.value.end_col_offset)
        right = chars(expr.slice.end_col_offset + 1)
        while left < len(segment) and segment[left] != "[":
            left += 1
        while right < len(segment) and segment[right] != "]":
            right += 1
        if right < len(segment):
            right += 1
        return left, right
    return None


# ---------------------------------------------------------------- exceptions

class _PrintContext:
    """State threaded through the formatting of nested exception groups."""

    def __init__(self):
        self.seen = set()
        self.group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.group_depth)

    def emit(self, text_gen, margin_char=None):
        prefix = self.indent()
        if self.group_depth:
            prefix += ('|' if margin_char is None else margin_char) + ' '
        if isinstance(text_gen, str):
            text_gen = (text_gen,)
        for text in text_gen:
            yield ''.join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception captured for later formatting (no frames kept alive).

    Attributes: exc_type, stack, __cause__, __context__,
    __suppress_context__, __notes__, exceptions (sub-exceptions of a group,
    else None) and, for SyntaxError, filename/lineno/end_lineno/text/offset/
    end_offset/msg."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        # Chains and groups are captured with a work list rather than
        # recursion so that long __context__ chains cannot overflow the stack.
        if _seen is None:
            _seen = set()
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals,
                       max_group_width=max_group_width,
                       max_group_depth=max_group_depth)
        self._capture(exc_type, exc_value, exc_traceback, options, _seen)

        pending = [(self, exc_value)]
        while pending:
            te, value = pending.pop()
            cause = getattr(value, '__cause__', None) if value is not None else None
            if cause is not None and id(cause) not in _seen:
                te.__cause__ = TracebackException._bare(cause, options, _seen)
            else:
                te.__cause__ = None
            if compact:
                need_context = (te.__cause__ is None and value is not None
                                and not value.__suppress_context__)
            else:
                need_context = True
            context = getattr(value, '__context__', None) if value is not None else None
            if context is not None and need_context and id(context) not in _seen:
                te.__context__ = TracebackException._bare(context, options, _seen)
            else:
                te.__context__ = None

            if (value is not None and _BaseExceptionGroup is not None
                    and isinstance(value, _BaseExceptionGroup)):
                te.exceptions = [TracebackException._bare(sub, options, _seen)
                                 for sub in value.exceptions]
            else:
                te.exceptions = None

            if te.__cause__ is not None:
                pending.append((te.__cause__, cause))
            if te.__context__ is not None:
                pending.append((te.__context__, context))
            if te.exceptions:
                pending.extend(zip(te.exceptions, value.exceptions))

    @classmethod
    def _bare(klass, exc, options, seen):
        # A TracebackException whose links the caller's work list fills in.
        te = klass.__new__(klass)
        te.max_group_width = options['max_group_width']
        te.max_group_depth = options['max_group_depth']
        te._capture(type(exc), exc, exc.__traceback__, options, seen)
        return te

    def _capture(self, exc_type, exc_value, exc_traceback, options, seen):
        seen.add(id(exc_value))
        self.stack = StackSummary._extract_positions(
            _walk_tb_positions(exc_traceback), limit=options['limit'],
            lookup_lines=options['lookup_lines'],
            capture_locals=options['capture_locals'])
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lineno = exc_value.lineno
            self.lineno = str(lineno) if lineno is not None else None
            end_lineno = exc_value.end_lineno
            self.end_lineno = str(end_lineno) if end_lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if options['lookup_lines']:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Capture an exception object (type and traceback are taken from it)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the 'Type: message' line(s), SyntaxError details and notes."""
        if self.exc_type is None:
            yield _final_exc_line(None, self._str)
            return
        type_name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ("__main__", "builtins"):
            if not isinstance(module, str):
                module = "<unknown>"
            type_name = module + '.' + type_name
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(type_name)
        else:
            yield _final_exc_line(type_name, self._str)
        notes = self.__notes__
        if isinstance(notes, (list, tuple)) or _is_sequence(notes):
            for note in notes:
                note = _safe_string(note, 'note')
                for line in note.split('\n'):
                    yield line + '\n'
        elif notes is not None:
            # CPython 3.11 emits this one without a trailing newline.
            yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, type_name):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(
                self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset
                if end_offset in (None, 0):
                    end_offset = offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # Keep tabs so the carets line up under the text.
                    lead = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}\n'.format(lead, '^' * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(type_name, msg, suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yield the full report: chained exceptions first, then this one."""
        if _ctx is None:
            _ctx = _PrintContext()
        reports = []
        exc = self
        while exc is not None:
            if not chain:
                reports.append((None, exc))
                break
            if exc.__cause__ is not None:
                message, following = _CAUSE_MESSAGE, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                message, following = _CONTEXT_MESSAGE, exc.__context__
            else:
                message, following = None, None
            reports.append((message, exc))
            exc = following

        for message, exc in reversed(reports):
            if message is not None:
                yield from _ctx.emit(message)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.group_depth > self.max_group_depth:
                yield from _ctx.emit(
                    f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from exc._format_group(chain, _ctx)

    def _format_group(self, chain, _ctx):
        # Sub-exceptions are drawn in numbered boxes hanging off a '|' margin.
        toplevel = _ctx.group_depth == 0
        if toplevel:
            _ctx.group_depth += 1
        if self.stack:
            yield from _ctx.emit(
                'Exception Group Traceback (most recent call last):\n',
                margin_char='+' if toplevel else None)
            yield from _ctx.emit(self.stack.format())
        yield from _ctx.emit(self.format_exception_only())
        count = len(self.exceptions)
        width = self.max_group_width
        shown = count if count <= width else width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                _ctx.need_close = True  # a nested group may draw it instead
            truncated = i >= width
            title = '...' if truncated else f'{i + 1}'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            _ctx.group_depth += 1
            if truncated:
                remaining = count - width
                plural = 's' if remaining > 1 else ''
                yield from _ctx.emit(f"and {remaining} more exception{plural}\n")
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.group_depth -= 1
        if toplevel:
            _ctx.group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the report to `file` (default sys.stderr)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _is_sequence(obj):
    try:
        from collections.abc import Sequence
    except ImportError:
        return False
    return isinstance(obj, Sequence)
