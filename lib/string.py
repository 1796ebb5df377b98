"""Common string constants and classes (Template, Formatter), for gilt."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import re as _re

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words with s.split(sep), capitalize each word and join
    them with sep (a single space when sep is None)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# Template ---------------------------------------------------------------------

_missing = object()


class Template:
    """A template string with $name (or ${name}) placeholders.

    Subclasses may override `delimiter`, `idpattern`, `braceidpattern` and
    `flags`, or give a complete `pattern` with the groups named 'escaped',
    'named', 'braced' and 'invalid'."""

    delimiter = '$'
    # Identifiers are ASCII-only even with the IGNORECASE flag.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            named = cls.idpattern
            braced = cls.braceidpattern or cls.idpattern
            pattern = (
                f'{delim}(?:'
                f'(?P<escaped>{delim})|'       # two delimiters: a literal one
                f'(?P<named>{named})|'         # $identifier
                f'{{(?P<braced>{braced})}}|'   # ${identifier}
                f'(?P<invalid>)'               # anything else is an error
                f')')
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, match):
        start = match.start('invalid')
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            column = 1
            lineno = 1
        else:
            column = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {lineno}, '
                         f'col {column}')

    def substitute(self, mapping=_missing, /, **kws):
        """Substitute the placeholders; a missing key raises KeyError and a
        malformed placeholder raises ValueError."""
        lookup = _lookup_function(mapping, kws)

        def replace(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                return str(lookup(name))
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                self._invalid(match)
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_missing, /, **kws):
        """Like substitute(), but leave missing or malformed placeholders
        in the result as they were."""
        lookup = _lookup_function(mapping, kws)

        def replace(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                try:
                    return str(lookup(name))
                except KeyError:
                    return match.group()
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                return match.group()
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        """Return False if the template has invalid placeholders."""
        for match in self.pattern.finditer(self.template):
            if match.group('invalid') is not None:
                return False
            if (match.group('named') is None
                    and match.group('braced') is None
                    and match.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return True

    def get_identifiers(self):
        """Return the valid identifiers of the template, in order of first
        appearance, without duplicates."""
        ids = []
        for match in self.pattern.finditer(self.template):
            name = match.group('named') or match.group('braced')
            if name is not None and name not in ids:
                ids.append(name)
            elif (name is None
                    and match.group('invalid') is None
                    and match.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return ids


def _lookup_function(mapping, kws):
    # Keyword arguments take precedence over the mapping.
    if mapping is _missing:
        return kws.__getitem__
    if not kws:
        return mapping.__getitem__

    def lookup(name):
        try:
            return kws[name]
        except KeyError:
            return mapping[name]
    return lookup


Template.__init_subclass__()     # compile Template.pattern itself


# Formatter ------------------------------------------------------------------

class Formatter:
    """The machinery of str.format(), with each step overridable."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal:
                result.append(literal)
            if field_name is None:
                continue
            # '{}' fields are numbered automatically; mixing them with
            # explicit numbers is an error.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # CPython's Formatter words both mix-ups the same way.
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) for
        each replacement field, as str.format() reads them."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """Return (object, key used) for a field name like 'a.b[0]'."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _parse_format(s):
    end = len(s)
    pos = 0
    while pos < end:
        # Literal text up to the next brace.
        start = pos
        while pos < end and s[pos] != '{' and s[pos] != '}':
            pos += 1
        if pos == end:
            yield (s[start:pos], None, None, None)
            return
        brace = s[pos]
        if pos + 1 < end and s[pos + 1] == brace:
            # A doubled brace stands for itself and ends this literal.
            yield (s[start:pos + 1], None, None, None)
            pos += 2
            continue
        if brace == '}':
            raise ValueError("Single '}' encountered in format string")
        if pos + 1 == end:
            raise ValueError("Single '{' encountered in format string")
        literal = s[start:pos]
        field_name, conversion, format_spec, pos = _parse_field(s, pos + 1)
        yield (literal, field_name, format_spec, conversion)


def _parse_field(s, pos):
    """Parse a replacement field whose '{' is just before pos; return
    (field_name, conversion, format_spec, position after the '}')."""
    end = len(s)
    start = pos
    # The field name runs to ':', '!' or '}'; inside [...] anything goes.
    while True:
        if pos == end:
            raise ValueError("expected '}' before end of string")
        c = s[pos]
        if c == '[':
            while pos < end and s[pos] != ']':
                pos += 1
            continue
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '}' or c == ':' or c == '!':
            break
        pos += 1
    field_name = s[start:pos]
    conversion = None
    if c == '}':
        return field_name, None, '', pos + 1
    if c == '!':
        if pos + 1 == end:
            raise ValueError("end of string while looking for conversion "
                             "specifier")
        conversion = s[pos + 1]
        pos += 2
        if pos == end:
            raise ValueError("unmatched '{' in format spec")
        if s[pos] == '}':
            return field_name, conversion, '', pos + 1
        if s[pos] != ':':
            raise ValueError("expected ':' after conversion specifier")
    # s[pos] is ':'; the spec ends at the '}' balancing the field's '{'.
    pos += 1
    start = pos
    depth = 1
    while pos < end:
        c = s[pos]
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return field_name, conversion, s[start:pos], pos + 1
        pos += 1
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(name):
    """Split 'a.b[0]' into ('a', [(True, 'b'), (False, 0)]); numeric parts
    become ints."""
    end = len(name)
    pos = 0
    while pos < end and name[pos] != '.' and name[pos] != '[':
        pos += 1
    first = name[:pos]
    if first.isdecimal():
        first = int(first)
    rest = []
    while pos < end:
        c = name[pos]
        pos += 1
        if c == '.':
            start = pos
            while pos < end and name[pos] != '.' and name[pos] != '[':
                pos += 1
            if pos == start:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name[start:pos]))
        elif c == '[':
            start = pos
            while pos < end and name[pos] != ']':
                pos += 1
            if pos == end:
                raise ValueError("Missing ']' in format string")
            key = name[start:pos]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdecimal() else key))
            pos += 1
            if pos < end and name[pos] != '.' and name[pos] != '[':
                raise ValueError("Only '.' or '[' may follow ']' in format "
                                 "field specifier")
    return first, iter(rest)
