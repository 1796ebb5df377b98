_CLASSES = '''
class Plain:
    def __init__(self, a): self.a = a; self.b = [a]
    def __repr__(self): return f'Plain({self.__dict__!r})'
class Slots:
    __slots__ = ('x', '__y', 'z')
    def __init__(self): self.x = [1]; self.__y = 2
    def __repr__(self): return f'Slots(x={self.x!r}, y={self._Slots__y!r}, z={getattr(self, "z", None)!r})'
class Both(Slots):
    def __init__(self): super().__init__(); self.w = {'k': [3]}
    def __repr__(self): return f'Both(x={self.x!r}, w={self.w!r})'
class WithCopy:
    def __init__(self): self.log = []
    def __copy__(self): r = WithCopy(); r.log = self.log + ['copied']; return r
    def __deepcopy__(self, memo): r = WithCopy(); r.log = self.log + ['deep', len(memo)]; return r
class State:
    def __init__(self, v): self.v = v
    def __getstate__(self): return {'v': self.v * 2}
    def __setstate__(self, st): self.v = ('set', st)
class Reduce:
    def __init__(self, *args): self.args = args
    def __reduce__(self): return (Reduce, self.args + ('r',))
class NewArgs:
    def __new__(cls, n): o = object.__new__(cls); o.n = n; return o
    def __getnewargs__(self): return (self.n + 1,)
class NewArgsEx:
    def __new__(cls, *, n): o = object.__new__(cls); o.n = n; return o
    def __getnewargs_ex__(self): return ((), {'n': self.n * 10})
class MyList(list):
    pass
class MyDict(dict):
    pass
class MyInt(int):
    pass
class MyStr(str):
    pass
class MyTuple(tuple):
    pass
class Glob:
    def __reduce__(self): return 'Glob'
'''
EXTRA_OURS = {}
exec(_CLASSES, EXTRA_OURS)
EXTRA_REAL = EXTRA_OURS

CASES = []
for _op in ('copy', 'deepcopy'):
    CASES += [
        f"x = [1, [2, 3], {{'a': (4, [5])}}]\ny = M.{_op}(x)\nresult = (y, y is x, y[1] is x[1], y[2]['a'] is x[2]['a'])",
        f"x = (1, 2, [3])\ny = M.{_op}(x)\nresult = (y, y is x, y[2] is x[2])",
        f"x = (1, 2, (3,))\ny = M.{_op}(x)\nresult = (y, y is x)",
        f"x = {{1, 2}}\ny = M.{_op}(x)\nresult = (y, y is x)",
        f"x = frozenset({{1, 2}})\ny = M.{_op}(x)\nresult = (y, y is x)",
        f"x = bytearray(b'ab')\ny = M.{_op}(x)\nresult = (y, y is x)",
        f"result = [M.{_op}(v) is v for v in (None, 1, 2.5, 'ab', b'x', True, 3j, int, len, range(3), Ellipsis, NotImplemented, slice(1), lambda: 0)]",
        f"x = Plain(5)\ny = M.{_op}(x)\nresult = (y, y is x, y.b is x.b, type(y))",
        f"x = Slots()\nx.z = 'zz'\ny = M.{_op}(x)\nresult = (y, y is x, y.x is x.x)",
        f"x = Slots()\ny = M.{_op}(x)\nresult = (y, hasattr(y, 'z'))",
        f"x = Both()\ny = M.{_op}(x)\nresult = (y, y.w is x.w, y.x is x.x)",
        f"x = WithCopy()\nresult = M.{_op}(x).log",
        f"x = State(4)\nresult = M.{_op}(x).v",
        f"x = Reduce(1, [2])\ny = M.{_op}(x)\nresult = (y.args, y.args[1] is x.args[1])",
        f"x = NewArgs(3)\nresult = M.{_op}(x).n",
        f"x = NewArgsEx(n=3)\nresult = M.{_op}(x).n",
        f"x = MyList([1, [2]])\nx.attr = 'a'\ny = M.{_op}(x)\nresult = (type(y).__name__, y, y.attr, y[1] is x[1])",
        f"x = MyDict(a=[1])\nx.attr = 'a'\ny = M.{_op}(x)\nresult = (type(y).__name__, y, y.attr, y['a'] is x['a'])",
        f"x = MyInt(7)\nx.attr = 1\ny = M.{_op}(x)\nresult = (type(y).__name__, y, y.attr)",
        f"x = MyStr('hi')\ny = M.{_op}(x)\nresult = (type(y).__name__, y)",
        f"x = MyTuple((1, [2]))\ny = M.{_op}(x)\nresult = (type(y).__name__, y, y[1] is x[1])",
        f"x = Glob()\nresult = M.{_op}(x) is x",
        f"x = Plain(1)\nm = x.__repr__\ny = M.{_op}(m)\nresult = (y(), y.__self__ is x, y == m)",
        f"result = M.{_op}(Plain) is Plain",
        f"x = [1, 2]\nx.append(x)\ny = M.{_op}(x)\nresult = (repr(y), y[2] is y, y[2] is x)",
        f"x = {{}}\nx['me'] = x\ny = M.{_op}(x)\nresult = (repr(y), y['me'] is y, y['me'] is x)",
        f"import collections\nx = collections.OrderedDict(a=[1])\ny = M.{_op}(x)\nresult = (y, y['a'] is x['a'])",
        f"import collections\nx = collections.deque([[1]], maxlen=4)\ny = M.{_op}(x)\nresult = (y, y[0] is x[0])",
        f"import collections\nP = collections.namedtuple('P', 'x y')\nx = P([1], 2)\ny = M.{_op}(x)\nresult = (y, y.x is x.x)",
        f"import types\nx = types.SimpleNamespace(a=[1])\ny = M.{_op}(x)\nresult = (y, y.a is x.a)",
        f"import datetime\nx = datetime.date(2020, 1, 2)\nresult = M.{_op}(x)",
    ]
CASES += [
    "a = [1]\nx = [a, a]\ny = M.deepcopy(x)\nresult = (y[0] is y[1], y[0] is a)",
    "a = [1]\nmemo = {}\ny = M.deepcopy(a, memo)\nresult = (memo[id(a)] is y, len(memo), memo[id(memo)] == [a])",
    "a = [1]\nmemo = {id(a): 'replaced'}\nresult = M.deepcopy([a, a], memo)",
    "x = ([],)\nx[0].append(x)\ny = M.deepcopy(x)\nresult = (y is not x, y[0][0] is y)",
    "issubclass(M.Error, Exception), M.error is M.Error, sorted(M.__all__)",
]
_MORE = '''
class MySet(set):
    pass
class MyFS(frozenset):
    pass
class MyBA(bytearray):
    pass
'''
exec(_MORE, EXTRA_OURS)
for _op in ('copy', 'deepcopy'):
    CASES += [
        f"x = MySet([1, 2])\nx.a = [1]\ny = M.{_op}(x)\nresult = (type(y).__name__, y, y.a, y.a is x.a)",
        f"x = MyFS([1, 2])\nx.a = [1]\ny = M.{_op}(x)\nresult = (type(y).__name__, y, y.a, y.a is x.a)",
        f"x = MyBA(b'ab')\ny = M.{_op}(x)\nresult = (type(y).__name__, y)",
        f"x = slice(1, [2])\ny = M.{_op}(x)\nresult = (y, y is x, y.stop is x.stop)",
    ]

# The same cases again with our module forced onto its own fallback (as on a
# runtime whose built-in types define no __reduce__).
_FORCE = ("_saved = getattr(M, '_reduce', None)\n"
          "if _saved: M._reduce = lambda x, cls: (M._default_reduce(x, cls) if type(x) not in (Glob, Reduce, State) and cls.__module__ in ('builtins', '__casemain__', 'cases_copy') else _saved(x, cls))\n"
          "try:\n{body}\nfinally:\n    if _saved: M._reduce = _saved\n")
CASES += [_FORCE.format(body='\n'.join('    ' + line for line in c.split('\n')))
          for c in list(CASES) if 'import' not in c]
