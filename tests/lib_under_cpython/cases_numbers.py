_N = ['Number', 'Complex', 'Real', 'Rational', 'Integral']
CASES = [f"sorted(M.{n}.__abstractmethods__)" for n in _N]
CASES += [f"sorted(k for k in M.{n}.__dict__ if not k.startswith('_abc'))" for n in _N]
CASES += [f"[isinstance(v, M.{n}) for v in (1, True, 2.5, 3j, '1', None)]" for n in _N]
CASES += [f"[issubclass(c, M.{n}) for c in (int, bool, float, complex, str)]" for n in _N]
CASES += [
    "sorted(M.__all__)", "M.Number.__hash__, M.Complex.__hash__",
    "class I(M.Integral):\n  def __init__(s, v): s.v = v\n" + "".join(
        f"  def {m}(s, *a): return ('{m}', *a)\n" for m in
        ['__abs__', '__add__', '__and__', '__ceil__', '__eq__', '__floor__', '__floordiv__',
         '__invert__', '__le__', '__lshift__', '__lt__', '__mod__', '__mul__', '__neg__',
         '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__rfloordiv__', '__rlshift__',
         '__rmod__', '__rmul__', '__ror__', '__round__', '__rpow__', '__rrshift__', '__rshift__',
         '__rtruediv__', '__rxor__', '__truediv__', '__trunc__', '__xor__'])
    + "  def __int__(s): return s.v\n"
    "i = I(7)\nresult = (float(i), i.__index__(), i.numerator, i.denominator, i.real, i.imag, i.conjugate(), complex(i), bool(i), i - 1, 1 - i, divmod(i, 2), divmod(2, i))",
    "class R(M.Rational):\n  pass\nR()",
    "class C(M.Complex):\n  pass\nC()",
]
