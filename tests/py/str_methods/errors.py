# TypeError/ValueError messages of str methods and operators.
key_str, key_float = 'x', 1.5
cases = [
    "'a'.find()", "'a'.find(1)", "'a'.find('a', 1, 2, 3)", "'a'.count(1)", "'a'.startswith(1)", "'a'.startswith((1,))",
    "'a'.endswith(1)", "'a'.split(1)", "'a'.split('a', 1, 2)", "'a'.split(x=1)", "'a'.split('')", "'a'.rsplit(1)",
    "''.join([1])", "''.join(['a', 2])", "''.join(1)", "'a'.replace(1, '')", "'a'.replace('a', 1)", "'a'.replace('a')",
    "'a'.center('x')", "'a'.center(5, 'xx')", "'a'.center(5, 1)", "'a'.center()", "'a'.strip(1)", "'a'.lstrip(1)",
    "'a'.index('b')", "'a'.rindex('b')", "'a'.partition('')", "'a'.partition(1)", "'a'.rpartition('')",
    "'a'.removeprefix(1)", "'a'.removesuffix()", "'a' + 1", "1 + 'a'", "'a' * 'b'", "'a' * 1.5", "'a'[5]",
    "'a'[key_str]", "'a'[key_float]", "1 in 'a'", "None in 'a'", "str.maketrans(1)", "str.maketrans({'ab': 1})",
    "str.maketrans('a', 'bc')", "str.maketrans({1.5: 1})", "str.maketrans('a', 'b', 1)", "str.maketrans(1, 2)",
    "str.maketrans(1, 'a')", "'a'.expandtabs('x')", "'a'.zfill('x')", "'a'.upper(1)", "'a'.title(x=1)",
    "'a'.splitlines(1, 2)", "'a'.splitlines(keepends=1, x=2)", "'a'.encode(1)", "'a'.encode('xx')",
    "'a'.encode(errors=1)", "'a'.translate(1)", "'a'.translate({97: 1.5})", "'a'.translate({97: 0x110000})",
    "'a'.translate({97: -1})", "'a'.isalpha(1)", "'a'.join()", "'a' < 1", "'a' <= None", "'a'.__add__(1)",
    "'a'.__mul__('x')", "'a' * (2**63)", "'ab' * (2**62)", "'a'[2**63]", "'a'.find('a', 'x')", "'a'[1:2:0]",
    "'a'.split(maxsplit='x')", "'abc'.startswith('a', 'x')", "'a'.__getitem__()", "'a'.__contains__(1)",
    "'a'.ljust(2**63)", "'a'.count('a', 1.5)", "'a'.__format__(1)", "'a'.format_map()", "'{0}'.format_map({})",
]
for c in cases:
    try:
        r = eval(c)
        print(c, '->', repr(r))
    except Exception as e:
        print(c, '->', type(e).__name__ + ':', e)
print('a'.__rmod__(1), 'ab'.__rmul__(2), 'a'.__mod__(()), 'a'.__add__('b'))
