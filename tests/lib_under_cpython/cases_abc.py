_AB = ("class A(M.ABC):\n  @M.abstractmethod\n  def b(self): pass\n  @M.abstractmethod\n  def a(self): pass\n"
       "  def concrete(self): return 'c'\n")
CASES = [
    "sorted(n for n in dir(M) if not n.startswith('_'))",
    _AB + "result = sorted(A.__abstractmethods__)",
    _AB + "A()",
    _AB + "class B(A):\n  def a(self): return 1\nB()",
    _AB + "class B(A):\n  def a(self): return 1\n  def b(self): return 2\nresult = (B().a(), B().concrete(), B.__abstractmethods__)",
    _AB + "class B(A):\n  a = 5\nresult = sorted(B.__abstractmethods__)",
    "class A(M.ABC):\n  @property\n  @M.abstractmethod\n  def p(self): pass\n  @classmethod\n  @M.abstractmethod\n  def c(cls): pass\n  @staticmethod\n  @M.abstractmethod\n  def s(): pass\nresult = sorted(A.__abstractmethods__)",
    "class A(M.ABC):\n  @M.abstractproperty\n  def p(self): pass\n  @M.abstractclassmethod\n  def c(cls): return 'cm'\n  @M.abstractstaticmethod\n  def s(): return 'sm'\nresult = (sorted(A.__abstractmethods__), A.c(), A.s())",
    "class A(metaclass=M.ABCMeta):\n  @M.abstractmethod\n  def f(self): pass\nA()",
    "class A(M.ABC): pass\nresult = (A(), type(A).__name__, A.__abstractmethods__)" if False else "class A(M.ABC): pass\nresult = (type(A()).__name__, type(A).__name__, A.__abstractmethods__)",
    "M.abstractmethod(lambda: 0).__isabstractmethod__",
    # register / isinstance / issubclass
    "class A(M.ABC): pass\nclass X: pass\nr = A.register(X)\nresult = (r is X, issubclass(X, A), isinstance(X(), A), issubclass(int, A), A in X.__mro__)",
    "class A(M.ABC): pass\nclass B(A): pass\nclass X: pass\nB.register(X)\nresult = (issubclass(X, A), issubclass(X, B), isinstance(X(), A))",
    "class A(M.ABC): pass\nA.register(1)",
    "class A(M.ABC): pass\nclass B(A): pass\nB.register(A)",
    "class A(M.ABC): pass\nclass B(A): pass\nresult = B.register(B) is B and A.register(B) is B",
    "class A(M.ABC): pass\nissubclass(1, A)",
    "class A(M.ABC): pass\nresult = isinstance(1, A)",
    "class A(M.ABC): pass\nA.register(int)\nresult = (isinstance(True, A), issubclass(bool, A), isinstance(1.0, A))",
    "class A(M.ABC):\n  @classmethod\n  def __subclasshook__(cls, C):\n    if cls is A:\n      return hasattr(C, 'quack')\n    return NotImplemented\n"
    "class D:\n  quack = 1\nclass B(A): pass\nresult = (issubclass(D, A), issubclass(int, A), isinstance(D(), A), issubclass(D, B))",
    "class A(M.ABC):\n  @classmethod\n  def __subclasshook__(cls, C): return False\nclass B(A): pass\nresult = issubclass(B, A)",
    "class A(M.ABC): pass\nt0 = M.get_cache_token()\nclass X: pass\nA.register(X)\nresult = M.get_cache_token() != t0",
    "class A(M.ABC): pass\nclass X: pass\nr1 = issubclass(X, A)\nA.register(X)\nresult = (r1, issubclass(X, A))",
    "class A(M.ABC): pass\nclass X: pass\nA.register(X)\nA._abc_registry_clear()\nA._abc_caches_clear()\nresult = issubclass(X, A)",
    "class Meta(M.ABCMeta): pass\nclass A(metaclass=Meta):\n  @M.abstractmethod\n  def f(self): pass\nresult = (type(A).__name__, sorted(A.__abstractmethods__))",
    "class A(M.ABC):\n  @M.abstractmethod\n  def f(self): pass\nclass C(A): pass\nC.f = lambda self: 1\nM.update_abstractmethods(C)\nresult = (C.__abstractmethods__, C().f())",
    "class P: pass\nresult = M.update_abstractmethods(P) is P",
    "class A(M.ABC):\n  @M.abstractmethod\n  def f(self): pass\n  def __new__(cls): return object.__new__(cls)\nA()",
    "class A(M.ABC):\n  __slots__ = ('x',)\nresult = A.__slots__",
    "class A(M.ABC, kw=1): pass",
    "class Base:\n  def __init_subclass__(cls, **kw):\n    cls.kw = kw\nclass A(Base, metaclass=M.ABCMeta, flag=2): pass\nresult = A.kw",
    "import io\nclass A(M.ABC): pass\nA._dump_registry(io.StringIO())\nresult = 'ok'",
]

# The same instantiation cases with our ABCMeta enforcing abstract methods
# itself (as on a runtime whose object.__new__ does not).
_FORCE = ("_had = '__call__' in M.ABCMeta.__dict__\n"
          "if hasattr(M, '_checked_call'): M.ABCMeta.__call__ = M._checked_call\n"
          "try:\n{body}\nfinally:\n    if hasattr(M, '_checked_call') and not _had: del M.ABCMeta.__call__\n")
CASES += [_FORCE.format(body='\n'.join('    ' + line for line in c.split('\n')))
          for c in list(CASES) if '()' in c and 'dir(M)' not in c]
