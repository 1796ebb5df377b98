_G = "def g(a, b=1, *rest, **kw):\n  'doc of g'\n  return (a, b, rest, kw)\n"
_SD = ("import collections.abc as cabc\n"
       "@M.singledispatch\ndef f(x):\n  return 'default'\n")
CASES = [
    "sorted(M.__all__)", "M.WRAPPER_ASSIGNMENTS, M.WRAPPER_UPDATES",
    # reduce
    "M.reduce(lambda a, b: a * 10 + b, [1, 2, 3])", "M.reduce(lambda a, b: a + b, [], 5)",
    "M.reduce(lambda a, b: a + b, [])", "M.reduce(lambda a, b: a + b, 1)", "M.reduce(lambda a, b: a + b, 'abc', 'x')",
    "M.reduce(lambda a, b: a + b, iter([[1], [2]]))",
    # partial
    _G + "p = M.partial(g, 1, b=2)\nresult = (repr(p), p(), p(3, x=4), p(b=5), p.func is g, p.args, p.keywords)",
    _G + "class P(M.partial): pass\nresult = (repr(P(g, 1)), type(P(g, 1)).__name__, P(g, 1)(2))",
    _G + "p = M.partial(M.partial(g, 1), b=3)\nresult = (repr(p), p.args, p.keywords, p.func is g, p())",
    _G + "q = M.partial(g, 1)\nq.attr = 1\np = M.partial(q, 2)\nresult = (p.func is q, p.args)",
    "M.partial()", "M.partial(1)", "M.partial(func=len)",
    _G + "p = M.partial(g, 1, b=2)\nr = p.__reduce__()\nresult = (r[0], r[1][0] is g, r[2][1:])",
    _G + "import copy\np = M.partial(g, [1], b=2)\nc = copy.copy(p)\nd = copy.deepcopy(p)\nresult = (c(), d(), d.args[0] is p.args[0], c.args[0] is p.args[0])",
    _G + "p = M.partial(g, 1)\np.__setstate__((g, (5,), {'z': 1}, {'attr': 2}))\nresult = (p(), p.attr)",
    _G + "p = M.partial(g, 1)\np.__setstate__(1)",
    _G + "p = M.partial(g, 1)\np.__setstate__((1, 2, 3, 4))",
    _G + "p = M.partial(g)\np.args = p\nresult = repr(p)",
    "M.partial(len, [])()", "M.partial[int]",
    _G + "class C:\n  m = M.partial(g, 'bound?')\nresult = C().m()",
    # partialmethod
    _G + "result = repr(M.partialmethod(g, 1))", _G + "result = repr(M.partialmethod(g, 1, k=2))",
    _G + "result = repr(M.partialmethod(g))",
    "class C:\n  def m(self, a, b=0): return (type(self).__name__, a, b)\n  p = M.partialmethod(m, 1, b=2)\n  q = M.partialmethod(m, 5)\n  @classmethod\n  def cm(cls, x): return (cls.__name__, x)\n  pc = M.partialmethod(cm, 7)\n"
    "c = C()\nresult = (c.p(), c.q(b=3), C.q(c), c.pc(), C.pc(), C.p.__name__ if hasattr(C.p, '__name__') else 'noname')",
    "class C:\n  p = M.partialmethod(len)\nresult = C().p.__class__.__name__",
    "M.partialmethod(1)",
    "class C:\n  def m(self, *a): return a\n  p = M.partialmethod(M.partialmethod(m, 1), 2)\nresult = C().p(3)",
    # update_wrapper / wraps
    _G + "def w(*a): return g(*a)\ng.extra = 1\nr = M.update_wrapper(w, g)\nresult = (r is w, w.__name__, w.__doc__, w.__wrapped__ is g, w.extra, w.__qualname__)",
    _G + "@M.wraps(g)\ndef w(*a): return g(*a)\nresult = (w.__name__, w.__doc__, w(1))",
    _G + "class O: pass\no = O()\nM.update_wrapper(o, len)\nresult = (o.__name__, o.__wrapped__ is len, o.__qualname__)",
    _G + "def w(): pass\nM.update_wrapper(w, g, assigned=('__doc__', 'nope'), updated=())\nresult = (w.__name__, w.__doc__)",
    # total_ordering
    "@M.total_ordering\nclass V:\n  def __init__(self, v): self.v = v\n  def __eq__(self, o): return self.v == o.v\n  def __lt__(self, o): return self.v < o.v\n"
    "a, b = V(1), V(2)\nresult = (a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), V.__gt__.__name__)",
    "@M.total_ordering\nclass V:\n  def __init__(self, v): self.v = v\n  def __eq__(self, o): return self.v == o.v\n  def __ge__(self, o): return self.v >= o.v\n"
    "a, b = V(1), V(2)\nresult = (a < b, a > b, a <= b, a >= b, a < V(1), a > V(1))",
    "@M.total_ordering\nclass V:\n  def __init__(self, v): self.v = v\n  def __eq__(self, o): return self.v == o.v\n  def __gt__(self, o): return self.v > o.v\n"
    "a, b = V(1), V(2)\nresult = (a < b, a > b, a <= b, a >= b, a < V(1), a <= V(1))",
    "@M.total_ordering\nclass V:\n  def __init__(self, v): self.v = v\n  def __eq__(self, o): return self.v == o.v\n  def __le__(self, o): return self.v <= o.v if isinstance(o, V) else NotImplemented\n"
    "a, b = V(1), V(2)\nresult = (a < b, a > b, a <= b, a >= b, a < V(1), a >= V(1))",
    "@M.total_ordering\nclass V:\n  def __lt__(self, o): return NotImplemented\nV() > V()",
    "M.total_ordering(type('X', (), {}))",
    "@M.total_ordering\nclass V(int):\n  pass\nresult = V(1) < V(2)",
    # cmp_to_key
    "sorted([5, 2, 9, 1], key=M.cmp_to_key(lambda a, b: b - a))",
    "k = M.cmp_to_key(lambda a, b: (a > b) - (a < b))\nresult = (k(1) < k(2), k(2) <= k(2), k(3) == k(3), k(1) > k(0), k(1) >= k(4), k(1).obj)",
    "k = M.cmp_to_key(lambda a, b: 0)\nresult = k(1) < 5",
    "sorted(['b', 'A', 'c'], key=M.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower())))",
    # lru_cache
    "@M.lru_cache(maxsize=2)\ndef sq(x): return x * x\nr = [sq(1), sq(2), sq(1), sq(3), sq(2), sq(1)]\nresult = (r, sq.cache_info(), sq.cache_parameters())",
    "@M.lru_cache\ndef sq(x): return x * x\nr = [sq(i % 3) for i in range(10)]\nresult = (r, sq.cache_info())",
    "@M.lru_cache(maxsize=None)\ndef fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)\nresult = (fib(80), fib.cache_info())",
    "@M.lru_cache(maxsize=3)\ndef fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)\nresult = (fib(30), fib.cache_info())",
    "@M.lru_cache(maxsize=0)\ndef f(x): return x\nresult = ([f(1), f(1)], f.cache_info())",
    "@M.lru_cache(maxsize=-5)\ndef f(x): return x\nresult = ([f(1), f(1)], f.cache_info())",
    "@M.lru_cache(typed=True)\ndef f(x): return type(x).__name__\nresult = ([f(1), f(1.0), f(True), f(1)], f.cache_info())",
    "@M.lru_cache()\ndef f(x): return type(x).__name__\nresult = ([f(1), f(1.0), f(True), f(1)], f.cache_info())",
    "@M.lru_cache()\ndef f(*a, **k): return (a, k)\nresult = ([f(1, b=2), f(1, b=2), f(1, c=2), f(b=2), f(1, b=2, c=3), f(1, c=3, b=2)], f.cache_info())",
    "@M.lru_cache()\ndef f(x):\n  'docstring'\n  return x\nf(1)\nf.cache_clear()\nresult = (f.cache_info(), f.__name__, f.__doc__, f.__wrapped__(5), f.__qualname__)",
    "M.lru_cache('a')", "@M.lru_cache()\ndef f(x): return x\nf([])",
    "class C:\n  @M.lru_cache()\n  def m(self, x): return (id(self) > 0, x)\nc = C()\nresult = (c.m(1), c.m(1), C.m.cache_info(), C.m(c, 1))",
    "@M.cache\ndef f(x): return x * 2\nresult = ([f(2), f(2)], f.cache_info(), f.cache_parameters())",
    "@M.lru_cache()\ndef f(x): return x\nimport copy\nresult = (copy.copy(f) is f, copy.deepcopy(f) is f, f.__reduce__())",
    "@M.lru_cache(maxsize=2)\ndef f(x): return x\nf(1); f(2); f(3); f(1)\nresult = f.cache_info()",
    "type(M.lru_cache()(len)).__name__",
    # cached_property
    "class C:\n  calls = 0\n  @M.cached_property\n  def v(self):\n    'the v'\n    C.calls += 1\n    return 42\nc = C()\nresult = (c.v, c.v, C.calls, c.__dict__, C.v.__doc__, C.v.attrname, type(C.v).__name__)",
    "class C:\n  @M.cached_property\n  def v(self): return 1\nc = C()\nc.v\ndel c.v\nc.v = 5\nresult = c.v",
    "class C:\n  __slots__ = ()\n  @M.cached_property\n  def v(self): return 1\nC().v",
    "cp = M.cached_property(lambda s: 1)\nclass C:\n  a = cp\n  b = cp",
    "cp = M.cached_property(lambda s: 1)\nclass C: pass\nC.x = cp\nC().x",
    # singledispatch
    _SD + "result = (f(1), f('s'), f.registry.keys())",
    _SD + "@f.register(int)\ndef _(x): return 'int'\n@f.register\ndef _(x: str): return 'str'\nf.register(list, lambda x: 'list')\n"
    "result = (f(1), f(True), f('a'), f([]), f(1.5), f(()), f.dispatch(bool).__name__, sorted(c.__name__ for c in f.registry))",
    _SD + "@f.register\ndef _(x: 'float'): return 'float by string'\nresult = f(2.5)",
    _SD + "@f.register\ndef _(x: int | str): return 'union'\nresult = (f(1), f('a'), f(1.0))",
    _SD + "import typing\n@f.register\ndef _(x: typing.Union[list, tuple]): return 'tunion'\nresult = (f([]), f(()))",
    _SD + "f.register(cabc.Sequence, lambda x: 'seq')\nf.register(cabc.Mapping, lambda x: 'map')\nresult = (f([]), f(()), f({}), f('s'), f(1))",
    _SD + "f.register(cabc.Sized, lambda x: 'sized')\nresult = (f([]), f({}), f(1))",
    _SD + "f.register(cabc.Sized, lambda x: 'sized')\nf.register(cabc.Iterable, lambda x: 'iter')\nresult = f([])",
    _SD + "f.register(cabc.Sized, lambda x: 'sized')\nf.register(cabc.Container, lambda x: 'cont')\nclass S:\n  def __len__(self): return 0\n  def __contains__(self, x): return False\nresult = f(S())",
    _SD + "f.register(cabc.Iterable, lambda x: 'iter')\nf.register(list, lambda x: 'list')\nclass L(list): pass\nresult = (f(L()), f(set()), f(iter([])))",
    _SD + "f.register(cabc.Sequence, lambda x: 'seq')\nf.register(object, lambda x: 'obj')\nclass L(list): pass\nresult = (f(L()), f(1))",
    _SD + "class A: pass\nclass B(A): pass\nclass C(B): pass\nf.register(A, lambda x: 'A')\nr1 = f(C())\nf.register(B, lambda x: 'B')\nresult = (r1, f(C()), f(A()))",
    _SD + "class A: pass\nclass B: pass\nclass C(A, B): pass\nf.register(B, lambda x: 'B')\nf.register(A, lambda x: 'A')\nresult = f(C())",
    _SD + "class V: pass\nf.register(CABC.Sized, lambda x: 'sized')\nr1 = f(V())\nCABC.Sized.register(V)\nresult = (r1, f(V()))",
    _SD + "result = f.register(1)", _SD + "f.register(int, 1)\nresult = f.registry[int]",
    _SD + "@f.register\ndef _(x): pass", _SD + "@f.register\ndef _(x: 1): pass",
    _SD + "@f.register\ndef _(x: int | list[int]): pass", _SD + "f.register(list[int], lambda x: 0)",
    _SD + "result = f()", _SD + "result = (f.__name__, f.__wrapped__.__name__, type(f.registry).__name__)",
    _SD + "f.register(int, lambda x, y=0: ('int', y))\nresult = f(1, y=2)",
    _SD + "f.register(int, lambda x: 'int')\nf(1)\nf._clear_cache()\nresult = f(2)",
    "class C:\n  @M.singledispatchmethod\n  def m(self, x): return 'base'\n  @m.register\n  def _(self, x: int): return ('int', type(self).__name__)\n"
    "  @m.register(str)\n  def _(self, x): return 'str'\n  @M.singledispatchmethod\n  @classmethod\n  def c(cls, x): return ('cbase', cls.__name__)\n"
    "  @c.register\n  @classmethod\n  def _(cls, x: int): return ('cint', cls.__name__)\n"
    "result = (C().m(1), C().m('a'), C().m([]), C.c(1), C().c('x'), C.m.__name__)",
    "M.singledispatchmethod(1)",
]

import collections.abc as _cabc
EXTRA_OURS = {'CABC': load('collections.abc')}
EXTRA_REAL = {'CABC': _cabc}

# A bounded cache under a long mixed workload: the same hits and misses.
CASES += [
    "import random\nrng = random.Random(3)\n@M.lru_cache(maxsize=7)\ndef f(x): return x * 3\n"
    "out = [f(rng.randrange(12)) for _ in range(3000)]\nresult = (sum(out), f.cache_info())",
    "@M.lru_cache(maxsize=3)\ndef f(x): return x\nfor x in [1, 2, 3, 1, 4, 2, 5, 1, 3]: f(x)\nf.cache_clear()\nfor x in [9, 9, 8]: f(x)\nresult = f.cache_info()",
]
