_ABCS = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'Hashable',
         'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container', 'Callable',
         'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView',
         'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence', 'ByteString']
_SAMPLES = ("1, 1.5, 'ab', b'ab', bytearray(b'x'), [1], (1,), {1: 2}, {1}, frozenset([1]), range(3), "
            "iter([1]), iter({}), iter(''), iter(range(3)), reversed([1]), {}.keys(), {}.values(), {}.items(), "
            "(x for x in []), len, lambda: 0, None, memoryview(b'a'), zip(), map(len, []), type.__dict__, "
            "object(), type, _agen(), _coro")
_SETUP = ("async def _ag():\n  yield 1\n_agen = _ag\nasync def _co(): pass\n_coro = _co()\n_coro.close()\n"
          "def _agen(): return _ag()\n")
CASES = ["sorted(M.__all__)"]
CASES += [f"sorted(M.{a}.__abstractmethods__)" for a in _ABCS]
CASES += [f"{_SETUP}result = [isinstance(v, M.{a}) for v in ({_SAMPLES})]" for a in _ABCS]
CASES += [f"[issubclass(c, M.{a}) for c in (int, str, list, dict, set, tuple, bytes, object, type(None))]" for a in _ABCS]
CASES += [f"M.{a}.__module__, M.{a}.__name__, M.{a}.__mro__" for a in _ABCS]
CASES += [
    "class S(M.Sequence):\n  def __init__(self, d): self.d = d\n  def __len__(self): return len(self.d)\n  def __getitem__(self, i): return self.d[i]\n"
    "s = S([1, 2, 3, 2])\nresult = (list(s), 2 in s, 5 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.index(3, -2), s.count(2), isinstance(s, M.Reversible))",
    "class S(M.Sequence):\n  def __len__(self): return 2\n  def __getitem__(self, i): return [1, 2][i]\nresult = S().index(9)",
    "class L(M.MutableSequence):\n  def __init__(self): self.d = []\n  def __len__(self): return len(self.d)\n  def __getitem__(self, i): return self.d[i]\n"
    "  def __setitem__(self, i, v): self.d[i] = v\n  def __delitem__(self, i): del self.d[i]\n  def insert(self, i, v): self.d.insert(i, v)\n"
    "l = L()\nl.append(1)\nl.extend([2, 3, 4])\nl.reverse()\nx = l.pop()\ny = l.pop(0)\nl.remove(3)\nl += [7, 8]\nl.extend(l)\nz = list(l)\nl.clear()\nresult = (x, y, z, l.d)",
    "class MS(M.MutableSet):\n  def __init__(self, it=()): self.d = set(it)\n  def __contains__(self, x): return x in self.d\n  def __iter__(self): return iter(sorted(self.d))\n"
    "  def __len__(self): return len(self.d)\n  def add(self, x): self.d.add(x)\n  def discard(self, x): self.d.discard(x)\n"
    "a = MS([1, 2, 3])\nb = MS([2, 3, 4])\nresult = (sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), sorted(b - [2]), sorted([1, 9] - a) if False else 0, a <= b, a < MS([1, 2, 3, 4]), a == MS([3, 2, 1]), a != b, a >= MS([1]), a > MS([1]), a.isdisjoint([7]), a == {1, 2, 3}, type(a & b).__name__, sorted([5] | a) if False else 0)",
    "class MS(M.MutableSet):\n  def __init__(self, it=()): self.d = set(it)\n  def __contains__(self, x): return x in self.d\n  def __iter__(self): return iter(sorted(self.d))\n"
    "  def __len__(self): return len(self.d)\n  def add(self, x): self.d.add(x)\n  def discard(self, x): self.d.discard(x)\n"
    "a = MS([1, 2, 3])\na |= [4]\na &= [1, 2, 4, 5]\na ^= [2, 6]\na -= [1]\np = a.pop()\na.remove(4) if 4 in a else None\nr = sorted(a.d)\na.clear()\nresult = (p, r, sorted(a.d))",
    "class MS(M.MutableSet):\n  def __init__(self, it=()): self.d = set(it)\n  def __contains__(self, x): return x in self.d\n  def __iter__(self): return iter(self.d)\n"
    "  def __len__(self): return len(self.d)\n  def add(self, x): self.d.add(x)\n  def discard(self, x): self.d.discard(x)\n"
    "a = MS()\na.remove(1)",
    "class MS(M.MutableSet):\n  def __init__(self, it=()): self.d = set(it)\n  def __contains__(self, x): return x in self.d\n  def __iter__(self): return iter(self.d)\n"
    "  def __len__(self): return len(self.d)\n  def add(self, x): self.d.add(x)\n  def discard(self, x): self.d.discard(x)\n"
    "a = MS()\na.pop()",
    "class H(M.Set, M.Hashable):\n  __hash__ = M.Set._hash\n  def __init__(self, it): self.d = frozenset(it)\n  def __contains__(self, x): return x in self.d\n"
    "  def __iter__(self): return iter(self.d)\n  def __len__(self): return len(self.d)\nresult = (hash(H([1, 2])) == hash(H([2, 1])), H([1]) == frozenset([1]))",
    "class Mp(M.MutableMapping):\n  def __init__(self): self.d = {}\n  def __getitem__(self, k): return self.d[k]\n  def __setitem__(self, k, v): self.d[k] = v\n"
    "  def __delitem__(self, k): del self.d[k]\n  def __iter__(self): return iter(self.d)\n  def __len__(self): return len(self.d)\n"
    "m = Mp()\nm.update({'a': 1}, b=2)\nm.update([('c', 3)])\nm.setdefault('d', 4)\nx = m.pop('a')\ny = m.pop('zz', 'dflt')\nz = m.popitem()\n"
    "result = (x, y, z, dict(m), m.get('b'), 'b' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'b': 2, 'c': 3}, m.keys(), ('b', 2) in m.items(), 2 in m.values(), m.keys() & {'b'}, m.items() | {1})",
    "class Mp(M.MutableMapping):\n  def __init__(self): self.d = {}\n  def __getitem__(self, k): return self.d[k]\n  def __setitem__(self, k, v): self.d[k] = v\n"
    "  def __delitem__(self, k): del self.d[k]\n  def __iter__(self): return iter(self.d)\n  def __len__(self): return len(self.d)\nm = Mp()\nm.pop('x')",
    "class Mp(M.MutableMapping):\n  def __init__(self): self.d = {}\n  def __getitem__(self, k): return self.d[k]\n  def __setitem__(self, k, v): self.d[k] = v\n"
    "  def __delitem__(self, k): del self.d[k]\n  def __iter__(self): return iter(self.d)\n  def __len__(self): return len(self.d)\nm = Mp()\nm.popitem()",
    # (match-statement cases are left out: CPython's match reads C type flags,
    # which a Python ABCMeta cannot set; gilt reads __abc_tpflags__.)
    "class It:\n  def __iter__(self): return self\n  def __next__(self): raise StopIteration\nresult = (isinstance(It(), M.Iterator), isinstance(It(), M.Iterable), issubclass(It, M.Reversible))",
    "class No:\n  __iter__ = None\nresult = (isinstance(No(), M.Iterable), issubclass(list, M.Hashable), issubclass(tuple, M.Hashable))",
    "class G(M.Generator):\n  def send(self, v): raise StopIteration\n  def throw(self, *a): raise StopIteration\nresult = (list(G()), G().close())",
    "class G(M.Generator):\n  def send(self, v): return 1\n  def throw(self, *a): return 2\nG().close()",
    "M.Callable[[int, str], float]", "M.Callable[..., int]", "M.Callable[[], int].__args__",
    "M.Callable[int]", "M.Callable[int, str]", "M.Iterable[int]", "M.Mapping[str, int]",
    "M.KeysView({'a': 1}), M.ItemsView({'a': 1}), M.ValuesView({'a': 1}), list(M.ItemsView({'a': 1})), len(M.KeysView({'a': 1, 'b': 2}))",
    "M.Sized[int]",
    "class A(M.Sized): pass\nA()",
]
