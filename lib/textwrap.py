"""Text wrapping and filling, written for gilt."""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace counts: a non-breaking space must not break lines.
_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    # Characters that may end a word before an em-dash.
    return c.isalnum() or c in '_!"\'&.,?'


def _split_words(text):
    """Split text into chunks: runs of whitespace, em-dashes ('--' and
    longer) between words, and words, a word being cut after a hyphen
    that joins two letters (as in 'look-up')."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]):
            j = i + 1
            while j < n and text[j] == '-':
                j += 1
            if j - i >= 2 and j < n and _is_word_char(text[j]):
                chunks.append(text[i:j])
                i = j
                continue
        j = _word_end(text, i, n)
        chunks.append(text[i:j])
        i = j
    return chunks


def _word_end(text, start, n):
    """End of the word chunk starting at start (at least one character)."""
    j = start + 1
    while True:
        if j == n or text[j] in _whitespace:
            return j
        c = text[j]
        if c == '-' and _breakable_hyphen(text, j, n):
            return j + 1
        if (c == '-' and _is_word_punct(text[j - 1])
                and j + 1 < n and text[j + 1] == '-'):
            # An em-dash follows if the dashes lead to a word character.
            k = j + 2
            while k < n and text[k] == '-':
                k += 1
            if k < n and _is_word_char(text[k]):
                return j
        j += 1


def _breakable_hyphen(text, j, n):
    """Whether a line may break after the hyphen at text[j]: it follows
    two letters (or letter-hyphen-letter) and precedes letter, optional
    hyphen, letter."""
    if j < 2 or not _is_letter(text[j - 1]):
        return False
    if not _is_letter(text[j - 2]):
        if not (j >= 3 and text[j - 2] == '-' and _is_letter(text[j - 3])):
            return False
    if j + 1 >= n or not _is_letter(text[j + 1]):
        return False
    if j + 2 < n and _is_letter(text[j + 2]):
        return True
    return j + 3 < n and text[j + 2] == '-' and _is_letter(text[j + 3])


class TextWrapper:
    """Wraps paragraphs of text into lines: use wrap() or fill(); the
    underscore methods are the steps, for subclasses to adapt.

    Settings (attributes, also accepted by the constructor):
      width=70              longest line allowed (a word that cannot be
                            broken may exceed it)
      initial_indent=""     put before the first line
      subsequent_indent=""  put before the lines after it
      expand_tabs=True      turn tabs into spaces first (every tabsize=8
                            columns)
      replace_whitespace=True  then turn each whitespace character into
                            one space
      fix_sentence_endings=False  two spaces after what looks like the
                            end of a sentence
      break_long_words=True cut words longer than a line
      drop_whitespace=True  no spaces at line ends, nor at the start of
                            lines after the first
      break_on_hyphens=True lines may end after the hyphen of a compound
                            word
      max_lines=None        keep at most this many lines, the last one
                            ending with placeholder=' [...]'
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    # A subclass may set wordsep_re to its own regular expression; the
    # chunks are then the pieces of wordsep_re.split(text).
    wordsep_re = None
    wordsep_simple_re = re.compile(f'([{re.escape(_whitespace)}]+)')

    # A lowercase letter, sentence punctuation, maybe a closing quote.
    sentence_end_re = re.compile(r'[a-z][.!?]["\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # Private methods (possibly useful to subclasses) -------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn other whitespace into spaces, as the
        options say."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks: words and runs of
        whitespace (words are also split after hyphens when
        break_on_hyphens is true)."""
        if self.break_on_hyphens is True:
            if self.wordsep_re is not None:
                chunks = self.wordsep_re.split(text)
            else:
                return _split_words(text)
        else:
            chunks = self.wordsep_simple_re.split(text)
        return [chunk for chunk in chunks if chunk]

    def _fix_sentence_endings(self, chunks):
        """Make the space after each sentence end two spaces (in place)."""
        i = 0
        match = self.sentence_end_re.search
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and match(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long for any line: cut it (preferably
        after a hyphen) if break_long_words, else put it alone on a line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Cut after the last hyphen that fits, unless only hyphens
                # come before it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())
        # Otherwise the long word waits for the next line, where it will
        # be alone (and overlong).

    def _wrap_chunks(self, chunks):
        """Assemble the chunks into lines no longer than width (except for
        unbreakable words), honouring indents and max_lines."""
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is not None:
            indent = (self.subsequent_indent if self.max_lines > 1
                      else self.initial_indent)
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        # Reversed, so that the next chunk is popped off the end.
        chunks.reverse()
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line (other than the first) goes.
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]
            line = []
            length = 0
            while chunks and length + len(chunks[-1]) <= width:
                chunk = chunks.pop()
                line.append(chunk)
                length += len(chunk)
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, length, width)
                length = sum(map(len, line))
            if self.drop_whitespace and line and line[-1].strip() == '':
                length -= len(line[-1])
                del line[-1]
            if not line:
                continue
            if self._line_fits(lines, chunks, length, width):
                lines.append(indent + ''.join(line))
                continue
            self._end_with_placeholder(lines, line, length, width, indent)
            break
        return lines

    def _line_fits(self, lines, chunks, length, width):
        # Whether the line can be emitted as is (no truncation needed).
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        rest_is_blank = not chunks or (self.drop_whitespace
                                       and len(chunks) == 1
                                       and not chunks[0].strip())
        return rest_is_blank and length <= width

    def _end_with_placeholder(self, lines, line, length, width, indent):
        # The last allowed line: fit the placeholder in, dropping chunks
        # from its end as needed.
        placeholder = self.placeholder
        while line:
            if line[-1].strip() and length + len(placeholder) <= width:
                line.append(placeholder)
                lines.append(indent + ''.join(line))
                return
            length -= len(line[-1])
            del line[-1]
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(placeholder) <= self.width:
                lines[-1] = previous + placeholder
                return
        lines.append(indent + placeholder.lstrip())

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # Public interface ----------------------------------------------------------

    def wrap(self, text):
        """Reformat the single paragraph in text into lines of at most
        self.width columns; returns the lines, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in text to fit in lines of at most
        self.width columns; returns one string."""
        return "\n".join(self.wrap(text))


# Convenience interface ---------------------------------------------------------

def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines
    (see TextWrapper for the keyword arguments)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string (see
    TextWrapper for the keyword arguments)."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width.

    Whitespace is collapsed to single spaces; if the result is still
    longer than width, words are dropped from the end and a placeholder
    added:

        >>> shorten("spam   and eggs", width=15)
        'spam and eggs'
        >>> shorten("spam   and eggs", width=12)
        'spam [...]'
    """
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


# Indentation --------------------------------------------------------------------

def dedent(text):
    """Remove any common leading whitespace from every line in text.

    Only spaces and tabs count, and they must match exactly ("  " and
    "\\t" have nothing in common).  Lines made only of spaces and tabs are
    left empty and ignored when finding the margin."""
    lines = text.split('\n')
    margin = None
    for line in lines:
        content = line.lstrip(' \t')
        if not content:
            continue
        indent = line[:len(line) - len(content)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            common = 0
            for a, b in zip(margin, indent):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    cut = len(margin) if margin else 0
    result = []
    for line in lines:
        if not line.lstrip(' \t'):
            result.append('')
        else:
            result.append(line[cut:])
    return '\n'.join(result)


def indent(text, prefix, predicate=None):
    """Add prefix to the beginning of selected lines in text.

    predicate(line) selects the lines; by default, those that are not
    only whitespace."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
