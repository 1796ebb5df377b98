# str case mapping and character-class predicates, including non-ASCII special cases.
words = ['hello world', 'HELLO', 'Hello World', "they're bill's", 'ǆemal', 'ﬁne', 'straße', 'ΑΣ', 'ΑΣ.', 'Σ',
         'ΑΣΑ', 'İstanbul', 'ŉ', 'ǰ', 'Ꭰꭰ', 'µ', 'a1b2', '', '  ', 'x_y', '3abc', 'ǅungla', 'ΐ']
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.title()), repr(w.capitalize()),
          repr(w.swapcase()), repr(w.casefold()))
    print('  ', w.islower(), w.isupper(), w.istitle(), w.isalpha(), w.isalnum(), w.isidentifier(),
          w.isspace(), w.isascii(), w.isprintable())

digits = ['123', '١٢٣', '²', '½', 'Ⅻ', '一二三', '٣.١', '', '0x1', '𝟘𝟙', '①']
for d in digits:
    print(repr(d), d.isdecimal(), d.isdigit(), d.isnumeric(), d.isalnum())

for s in ['\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2028\u3000', '\u200b', 'a b']:
    print(repr(s), s.isspace())
for s in ['abc', 'a\x00', '\x7f', 'é', '\u200b', '\u2028', ' ', '😀', '\U000e0001']:
    print(repr(s), s.isprintable())
for s in ['_', '__init__', '1a', 'a-b', 'ñandú', 'x·y', '℘', '', 'def', 'a\u200db']:
    print(repr(s), s.isidentifier())
print('ABC'.lower() == 'abc', 'Straße'.casefold() == 'STRASSE'.casefold())
print([c.upper() for c in 'aäßǆﬀ'], [c.lower() for c in 'AÄẞǄ'])
