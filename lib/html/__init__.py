"""HTML escaping: escape() and unescape() (numeric references and the common named entities)."""

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and, when quote is true, " and ') with HTML-safe sequences."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# the named references most text uses (HTML5 defines over two thousand)
_NAMED = {
    'amp': '&', 'lt': '<', 'gt': '>', 'quot': '"', 'apos': "'", 'nbsp': '\xa0', 'copy': '\xa9',
    'reg': '\xae', 'trade': '\u2122', 'hellip': '\u2026', 'mdash': '\u2014', 'ndash': '\u2013',
    'lsquo': '\u2018', 'rsquo': '\u2019', 'ldquo': '\u201c', 'rdquo': '\u201d', 'laquo': '\xab',
    'raquo': '\xbb', 'deg': '\xb0', 'plusmn': '\xb1', 'times': '\xd7', 'divide': '\xf7', 'euro': '\u20ac',
    'pound': '\xa3', 'yen': '\xa5', 'cent': '\xa2', 'sect': '\xa7', 'para': '\xb6', 'middot': '\xb7',
    'bull': '\u2022', 'eacute': '\xe9', 'egrave': '\xe8', 'aacute': '\xe1', 'agrave': '\xe0',
    'uuml': '\xfc', 'ouml': '\xf6', 'auml': '\xe4', 'szlig': '\xdf', 'ccedil': '\xe7',
}

# code points a numeric reference may not produce, and what HTML5 maps them to
_INVALID_CHARREFS = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e',
    0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160',
    0x8b: '\u2039', 0x8c: '\u0152', 0x8e: '\u017d', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c',
    0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122',
    0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9e: '\u017e', 0x9f: '\u0178',
}

_charref = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def _replace_charref(m):
    s = m.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _INVALID_CHARREFS:
            return _INVALID_CHARREFS[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\ufffd'
        return chr(num)
    name = s.rstrip(';')
    if name in _NAMED:
        return _NAMED[name]
    return '&' + s


def unescape(s):
    """Replace character references (&gt;, &#62;, &#x3e;) by the characters they stand for."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
