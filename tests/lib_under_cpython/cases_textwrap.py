import random as _random
_rng = _random.Random(7)
_WORDS = ['look-up', 'well-known', 'a-b-c', 'x', 'hello', 'world', 'spam--eggs', '--', 'foo--', '--bar',
          'e.g.', 'Mr.', 'end.', 'Yes!', '"quoted."', "it's", 'co-op', 'un-re-do', '1-2', 'a1-b2',
          'ab-12', 'x_y-z_w', 'supercalifragilisticexpialidocious', 'anti-dis-establish-ment-arian-ism',
          'éa-ü', 'tab\there', 'new\nline', '', '---', 'a--b--c', 'ok?--yes', "'--x", 'e-', '-e', 'ab-c',
          'abc-d-ef', 'a-bc', 'no-1', 'A-B', '_a-_b', '3--4']
_TEXTS = [
    "The quick brown fox jumps over the lazy dog. It was a well-known look-up table--nothing more.",
    "Hello  world!  This is a   test.\tTabs\tand\nnewlines\r\nand more.",
    "",
    "   leading and trailing   ",
    "short",
    "averyveryveryveryveryveryveryverylongwordthatwillneedtobebroken and then some",
    "hyphen-ated-words-everywhere-in-this-sentence-to-test-the-breaking",
    "Mr. Smith went to Washington. He said \"Hi.\" Then left! Okay? yes.",
] + [' '.join(_rng.choice(_WORDS) for _ in range(_rng.randrange(3, 30))) for _ in range(40)]
_OPTS = [
    "", "width=10", "width=1", "width=5, break_long_words=False", "width=12, break_on_hyphens=False",
    "width=15, initial_indent='* ', subsequent_indent='    '", "width=20, fix_sentence_endings=True",
    "width=8, drop_whitespace=False", "width=30, replace_whitespace=False", "width=25, expand_tabs=False",
    "width=18, tabsize=4", "width=20, max_lines=2", "width=12, max_lines=1, placeholder='...'",
    "width=10, max_lines=3, placeholder=' ~'", "width=7, max_lines=2, drop_whitespace=False",
    "width=6, break_long_words=False, break_on_hyphens=False",
]
CASES = []
for _t in _TEXTS:
    CASES.append(f"M.TextWrapper()._split({_t!r})")
    CASES.append(f"M.TextWrapper(break_on_hyphens=False)._split({_t!r})")
    for _o in _OPTS:
        CASES.append(f"M.wrap({_t!r}, {_o})")
    CASES.append(f"M.fill({_t!r}, width=20)")
    for _w in (5, 10, 20, 40, 100):
        CASES.append(f"M.shorten({_t!r}, {_w})")
_DEDENT = ["  a\n  b", "  a\n    b\n  c", "\ta\n  b", "  a\n\n   \n  b\n", "    a\n  \tb", "a\n  b",
           "  \t a\n  \t b", "   \n   x\n   ", "", "\n", "  x", "  a\r\n  b\r\n", "\t\ta\n\tb\n\t\tc",
           "  a\n \t b", " \ta\n \tb"]
CASES += [f"M.dedent({_d!r})" for _d in _DEDENT]
CASES += [f"M.indent({_d!r}, '> ')" for _d in _DEDENT]
CASES += [
    "M.indent('a\\n\\nb\\n', '+ ', lambda line: True)",
    "M.wrap('abc', width=0)", "M.wrap('abc def', width=3, max_lines=1)",
    "M.shorten('Hello  world!', width=12)", "M.shorten('Hello  world!', width=11)",
    "M.shorten('Hello world', width=10, placeholder='...')", "M.shorten('abc', 2)",
    "sorted(M.__all__)",
    "w = M.TextWrapper(width=10)\nw.width = 5\nresult = w.wrap('aaaa bbbb cc')",
    "class W(M.TextWrapper):\n  import re\n  wordsep_re = re.compile(r'(\\s+|,)')\nresult = W(width=5).wrap('a,b,c,d,e,f,g')",
]

# Random strings over the characters that matter to word splitting.
_ALPHABET = 'ab1-_.!"?\' \tZé9,&'
_rng2 = _random.Random(11)
for _ in range(300):
    _s = ''.join(_rng2.choice(_ALPHABET) for _ in range(_rng2.randrange(1, 25)))
    CASES.append(f"M.TextWrapper()._split({_s!r})")
