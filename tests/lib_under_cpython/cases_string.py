_FORMATS = ['a{{b', 'a}}b', '{a[:]}', '{a[}]}', '{a!r:>{w}}', '{0[a]b}', '{!}', '{a!}',
            '{a!rr}', '{a:{b:{c}}}', '{', '}', '{a', '{a:{', 'x{a!r}', '{}', '{:}',
            '{!r}', '{a.b[c].d:x}', 'a{b}c{d}e', '{0.}', '{[}', '{a[b}', '{a[b]c}',
            '{a[]}', '{a..b}', '{a.b.}', '{a[0x]}', '{ab', '{a:}', '{a:{}}', '}}{{',
            '{a{b}c}', '{a!r}}', '{a:x}}}', '{a!r', '{a!', '{a!:}', '{a!}}', '{a!r:',
            '{a:{b', '{a:}}', '{a[', '{a]}', '{a!:x}', '{a!rx}', '{a!!}', '{a:!}',
            '{a:x!r}', '{a!r!s}', '{a[!]}', '{a[:]!r:x}', '{a:{b}}', '{a:{{}}}',
            '{a:}}}', '{a!{}}', '{a!}x}', '{a:[}', '{:{:{}}}', '{a.{}', '{a!r}x',
            '', 'plain', '{{}}', '{{{0}}}', 'x{{', '{0}{1}', '{a[x}', '{a[{]}',
            '{0:{1}{2}}', 'é{é}']
_NAMES = ['a.b[0]', '', '0', 'a[0][1].c', 'a[b', 'a[b]c', '.a', 'a..b', '[0]', '00',
          '-1', 'a[-1]', 'a[ 1]', '1a', ' 1', 'a[]', 'a.', 'a[0]]', 'a[0].', '1.real',
          'a[1][', 'a.b.c']
CASES = [
    "(M.whitespace, M.ascii_lowercase, M.ascii_uppercase, M.ascii_letters, M.digits, "
    "M.hexdigits, M.octdigits, M.punctuation, M.printable)",
    "sorted(M.__all__)",
    "M.capwords(' hello   wORLD  of  python ')",
    "M.capwords('a-b-c', '-')", "M.capwords('a--b', '-')", "M.capwords('')",
    "M.capwords('x\\ty\\nz')",
]
CASES += [f"list(M.Formatter().parse({s!r}))" for s in _FORMATS]
CASES += [f"(lambda r: (r[0], list(r[1])))(M.Formatter().get_field({n!r}, "
          f"[[[1, 2]], 5], {{'a': __import__('types').SimpleNamespace(b=[7], c=1)}}) "
          f"if False else M._split_field_name({n!r}) if hasattr(M, '_split_field_name') "
          f"else __import__('_string').formatter_field_name_split({n!r}))" for n in _NAMES]
CASES += [
    "M.Formatter().format('{0}-{1!r}-{x:>5}-{y[0]}-{z.real}', 'a', 'b', x=3, y=[9], z=2)",
    "M.Formatter().format('{}{}', 1, 2)", "M.Formatter().format('{}{0}', 1, 2)",
    "M.Formatter().format('{0}{}', 1, 2)", "M.Formatter().format('{:{}}', 'x', 5)",
    "M.Formatter().format('{0:{1}}', 'x', 5)", "M.Formatter().format('{a:{b:{c}}}', a=1, b=2, c=3)",
    "M.Formatter().format('{0!x}', 1)", "M.Formatter().format('{0!a}', 'é')",
    "M.Formatter().format('{0}', )", "M.Formatter().format('{a}', b=1)",
    "M.Formatter().format('{0[1]}', 'abc')", "M.Formatter().format('{0.imag}', 3j)",
    "M.Formatter().format(format_string='{0}')",
    "M.Formatter().format('{self}', self=1)",
    "M.Formatter().vformat('{0}{a}', (1,), {'a': 2})",
    "class F(M.Formatter):\n  def get_value(self, key, args, kw):\n    return f'<{key!r}>'\n"
    "  def check_unused_args(self, used, args, kw):\n    self.used = sorted(map(str, used))\n"
    "f = F()\nresult = (f.format('{0}{a}{b.real}{}', 5), f.used)",
    "class F(M.Formatter):\n  def format_field(self, v, spec): return f'[{v}|{spec}]'\n"
    "  def convert_field(self, v, c): return (v, c)\nresult = F().format('{0!r:x} {1}', 1, 2)",
    # Template
    "M.Template('$who likes $what').substitute(who='tim', what='kung pao')",
    "M.Template('$who likes $what').substitute({'who': 'tim'}, what='pao')",
    "M.Template('$who likes $what').substitute({'who': 'tim', 'what': 1}, what='kw wins')",
    "M.Template('$who likes $what').substitute(who='tim')",
    "M.Template('$who likes $what').safe_substitute(who='tim')",
    "M.Template('${who}s and $$ and $').safe_substitute(who='x')",
    "M.Template('${who}s and $$ and $').substitute(who='x')",
    "M.Template('ab\\ncd $ ef').substitute()",
    "M.Template('$').substitute()", "M.Template('x\\n\\n  $1').substitute()",
    "M.Template('$Who $WHO $_x9 $9x ${a b}').safe_substitute(Who=1, WHO=2, _x9=3)",
    "M.Template('$ünï').safe_substitute()",
    "M.Template('$a $b ${a} $$c $').get_identifiers()",
    "[M.Template(t).is_valid() for t in ('$a', '$', '$$', '${a', 'x')]",
    "M.Template.pattern.flags",
    "M.Template.delimiter, M.Template.idpattern, M.Template.braceidpattern, M.Template.flags",
    "class T(M.Template):\n  delimiter = '%'\nresult = T('%x %% $y %{x}').substitute(x=1)",
    "class T(M.Template):\n  idpattern = '[a-z]+'\n  braceidpattern = '[A-Z ]+'\nresult = T('$ab1 ${AB C} ${ab}').safe_substitute({'ab': 1, 'AB C': 2})",
    "class T(M.Template):\n  flags = 0\nresult = T('$ab $AB').safe_substitute(ab=1, AB=2)",
    "class T(M.Template):\n  pattern = r'@(?:(?P<escaped>@)|(?P<named>[a-z]+)|\\{(?P<braced>[a-z]+)\\}|(?P<invalid>))'\n"
    "result = T('@a @@ @{b} @').safe_substitute(a=1, b=2)",
    "class T(M.Template):\n  pattern = r'@(?P<named>[a-z]+)|(?P<other>#)'\nresult = T('@a #').substitute(a=1)",
    "M.Template('$x').template",
]
