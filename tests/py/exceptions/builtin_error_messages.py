# Messages of common builtin errors (exact CPython 3.11 text).
cases = [
    "1 + 'a'", "'a' + 1", "[] + ()", "len(5)", "(lambda: None)()()", "None.attr", "[].nope", "{}['k']", "[][0]", "()[1]",
    "int('x')", "float('y')", "1 / 0", "1 % 0", "2 ** -1 % 0" if False else "divmod(1, 0)", "abs('s')", "-'s'",
    "~1.5", "{}[[]]", "hash([])", "iter(1)", "next(iter([]))", "'abc'.index('z')", "[1].remove(2)",
    "(1, 2).x", "int.nope", "undefined_var", "'s' * 's'", "[1, 2] * 1.5", "sorted([1, 'a'])", "max([])",
    "chr(-1)", "ord('')", "list(1)", "dict(1)", "set([[]])", "'x'.join([1])", "range('a')", "object() < object()",
    "1 < None", "'%d' % 'x'", "'{}'.format()", "import_nonexistent_mod", "getattr(1, 'x')", "(lambda: 0)(1)",
    "int.from_bytes('x', 'big')", "bytes('x')", "bytearray(-1)", "memoryview(1)", "[].pop()", "{}.popitem()",
    "set().pop()", "'a'.encode('nope')", "b'\\xff'.decode()", "complex('x')", "round('x')", "pow(2, 3, 0)",
    "type('X', (1,), {})", "isinstance(1, 1)", "issubclass(1, int)", "slice(1, 2)[0]", "frozenset().add(1)",
]
for src in cases:
    try:
        eval(src)
        print("no error:", src)
    except Exception as e:
        print(f"{src:30} {type(e).__name__}: {e}")
