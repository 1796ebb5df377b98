_BIN = ['lt', 'le', 'eq', 'ne', 'ge', 'gt', 'is_', 'is_not', 'add', 'and_',
        'floordiv', 'lshift', 'mod', 'mul', 'or_', 'pow', 'rshift', 'sub',
        'truediv', 'xor', 'concat', 'contains', 'countOf', 'getitem',
        'indexOf', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imod',
        'imul', 'ior', 'ipow', 'irshift', 'isub', 'itruediv', 'ixor']
_PAIRS = ['(3, 5)', '(5, 3)', '([1, 2], [3])', '("ab", "b")', '((1, 2), 2)',
          '(2.5, 2)', '(True, 3)', '({1, 2}, {2})', '(7, 0)', '(None, 1)']
CASES = []
for _f in _BIN:
    CASES.append(f"[(lambda: M.{_f}(*p)) for p in [{', '.join(_PAIRS)}]] and "
                 f"[_try(M.{_f}, p) for p in [{', '.join(_PAIRS)}]]")
for _f in ['not_', 'truth', 'abs', 'index', 'inv', 'invert', 'neg', 'pos']:
    CASES.append(f"[_try(M.{_f}, (x,)) for x in (0, 5, -2.5, True, [], [1], 'a', None)]")

EXTRA_OURS = EXTRA_REAL = {}
_TRY = '''
def _try(f, args):
    try:
        return f(*args)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
'''
exec(_TRY, EXTRA_OURS)
del EXTRA_OURS['__builtins__']

CASES += [
    "M.index('a')", "M.index(1.5)", "M.index(True)",
    "class I:\n  def __index__(self): return 'x'\nresult = M.index(I())",
    "M.concat(1, 2)", "M.concat([1], (2,))", "M.iconcat(1, 2)",
    "a = [1]\nb = M.iconcat(a, [2])\nresult = (a, b, a is b)",
    "a = [1]\nb = M.iadd(a, [2])\nresult = (a, b, a is b)",
    "M.length_hint([1, 2])", "M.length_hint(iter([1, 2]))", "M.length_hint(1, 'a')",
    "M.length_hint(1, 5)", "M.length_hint(iter(range(10)))", "M.length_hint(x for x in [])",
    "class A:\n  def __length_hint__(self): return -1\nresult = M.length_hint(A())",
    "class A:\n  def __length_hint__(self): return 'x'\nresult = M.length_hint(A())",
    "class A:\n  def __length_hint__(self): return NotImplemented\nresult = M.length_hint(A(), 7)",
    "class A:\n  def __len__(self): raise TypeError('no')\n  def __length_hint__(self): return 4\nresult = M.length_hint(A())",
    "class A:\n  def __len__(self): raise ValueError('no')\nresult = M.length_hint(A())",
    "M.attrgetter()", "M.attrgetter(1)", "M.itemgetter()", "M.methodcaller()", "M.methodcaller(1)",
    "M.attrgetter('a', 'b.c')", "M.itemgetter(1, 'a')", "M.methodcaller('f', 1, k=2)",
    "M.attrgetter('a')(1)", "M.attrgetter('a.b', x=1)", "M.itemgetter(1, x=1)",
    "M.attrgetter('real', 'imag')(3+4j)", "M.attrgetter('real.numerator')(5)",
    "M.attrgetter('__class__.__name__')('x')",
    "M.itemgetter(1)('abc')", "M.itemgetter(0, 2)('abc')", "M.itemgetter(slice(1, None))('abc')",
    "M.itemgetter('k')({'k': 3})",
    "M.methodcaller('upper')('abc')", "M.methodcaller('split', ',', maxsplit=1)('a,b,c')",
    "M.methodcaller('split', ',', maxsplit=1)",
    "sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=M.itemgetter(1))",
    "M.itemgetter(1).__reduce__()", "M.attrgetter('a.b', 'c').__reduce__()",
    "M.methodcaller('f', 1).__reduce__()",
    "r = M.methodcaller('f', 1, k=2).__reduce__()\nresult = (r[0].args, r[0].keywords, r[1])",
    "class S(M.attrgetter): pass\nresult = repr(S('x'))",
    "class S(M.itemgetter): pass\nresult = repr(S(1))",
    "sorted(M.__all__)",
    "sorted(x for x in dir(M) if not x.startswith('_'))",
    "sorted(x for x in dir(M) if x.startswith('__') and x not in ('__builtins__', '__cached__', '__file__', '__loader__', '__spec__', '__doc__', '__name__', '__package__', '__all__'))",
    "M.call(len, 'ab')", "M.call(dict, a=1)",
    "M.countOf([1, 2, 1, 1.0, True], 1)", "M.indexOf([1, 2, 1], 3)", "M.indexOf('abc', 'c')",
    "a = [1, 2]\nM.setitem(a, 0, 9)\nM.delitem(a, 1)\nresult = a",
    "M.matmul(1, 2)", "M.imatmul(1, 2)",
    "M.__add__ is M.add and M.__not__ is M.not_ and M.__inv__ is M.inv",
    "M.truth([]), M.not_(1)",
]
