_VALUES = ["1", "'x' * 100", "'ab\\ncd' * 10", "2 ** 200", "-2 ** 200", "list(range(20))",
           "tuple(range(20))", "(1,)", "()", "[]", "set(range(20))", "set()", "frozenset()",
           "frozenset('abcdefghij')", "{i: str(i) for i in range(10)}", "{}",
           "[[[[[[[[1]]]]]]]]", "[[[[[[[[]]]]]]]]", "{1: {2: {3: {4: {5: {6: {7: 8}}}}}}}",
           "((((((((1,),),),),),),),)", "{1, 'a', 2.5}", "{'b': 1, 'a': 2, 3: 4}",
           "__import__('collections').deque(range(10))", "__import__('array').array('i', range(10))",
           "__import__('array').array('d')", "object()", "type('X', (), {'__repr__': lambda s: 'x' * 50})()",
           "type('Bad', (), {'__repr__': lambda s: 1 / 0})()", "3.5", "'short'", "b'bytes' * 20",
           "range(100)", "[1, 'two', [3, [4, [5]]], {6: 7}]", "'\\u1234' * 40"]
CASES = ["sorted(M.__all__)", "vars(M.Repr())", "M.aRepr.maxlevel"]
CASES += [f"M.repr({v})" for v in _VALUES]
CASES += [f"r = M.Repr()\nr.maxlevel = 2\nr.maxlist = 3\nr.maxstring = 10\nr.maxlong = 8\nr.maxother = 6\n"
          f"r.maxdict = 2\nr.maxset = 2\nr.fillvalue = '~'\nresult = r.repr({v})" for v in _VALUES]
CASES += [f"r = M.Repr()\nr.maxlevel = 0\nr.maxstring = 2\nr.maxother = 0\nresult = r.repr({v})" for v in _VALUES]
CASES += [
    "class R(M.Repr):\n  def repr_float(self, x, level): return 'F'\n  def repr_builtin_function_or_method(self, x, level): return 'B'\nresult = R().repr([1.5, len])",
    "class C:\n  @M.recursive_repr()\n  def __repr__(self): return f'C({self.items!r})'\nc = C()\nc.items = [1, c]\nresult = repr(c)",
    "class C:\n  @M.recursive_repr('<loop>')\n  def __repr__(self):\n    'doc'\n    return f'C({self.items!r})'\nc = C()\nd = C()\nc.items = [d]\nd.items = [c, d]\nresult = (repr(c), C.__repr__.__name__, C.__repr__.__qualname__, C.__repr__.__doc__)",
]
