import copy
import decimal
import fractions as real
import math
import operator
import pickle

STRINGS = ['1.', '.5', '1.d', '1.dd', '1.De5', '1.5e3', '1_0', '1__0', '_1', '1_', ' 3/ 4 ', '3/4',
           ' 3/4 ', '3 /4', '1.5/2', '-.5', '+1e-2', '1e', '١/٢', '1.2_3', '1._2', 'inf', 'nan',
           '', '  ', '0x10', '1/0', '3/-4', '1.5E+3', '1_000.000_1e1_0', '-0', '+7/21', '\t-8/12\n',
           '1e-1_0', '.', '-', '+.e1', '2.e3', '2e+', '1/2/3', '0.000', '12345678901234567890.5',
           '1 ', '1.5 e3', '١٢٣.٤']


def _val(thunk):
    try:
        v = thunk()
    except Exception as e:
        return ('raise', type(e).__name__, str(e))
    if isinstance(v, tuple):
        return ('tuple', tuple(_norm(x) for x in v))
    return _norm(v)


def _norm(v):
    name = type(v).__name__
    if isinstance(v, float) and math.isnan(v):
        return ('float', 'nan')
    return (name, repr(v))


def run(check, mine):
    F, R = mine.Fraction, real.Fraction
    for s in STRINGS:
        check.eq('str %r' % s, _val(lambda: F(s)), _val(lambda: R(s)))
    ctor_args = [(), (7,), (-7, 21), (7, -21), (0, 5), (3, 0), (1.5,), (0.1,), (-2.75,), (float('inf'),),
                 (float('nan'),), (decimal.Decimal('1.1'),), (decimal.Decimal('-0.25'),), (True,),
                 (1.5, 2), ([1],), ('1', 2), (2, 4.0), (None,), (10**30, 10**20), (-0.0,)]
    for args in ctor_args:
        check.eq('ctor %r' % (args,), _val(lambda: F(*args)), _val(lambda: R(*args)))
    check.eq('ctor from Fraction', repr(F(F(1, 3), 2)), 'Fraction(1, 6)')
    check.eq('ctor from real Fraction', repr(F(R(1, 3), R(2, 5))), 'Fraction(5, 6)')
    check.eq('from_float', _val(lambda: F.from_float(0.3)), _val(lambda: R.from_float(0.3)))
    check.eq('from_float int', _val(lambda: F.from_float(3)), _val(lambda: R.from_float(3)))
    check.eq('from_float bad', _val(lambda: F.from_float('x')), _val(lambda: R.from_float('x')))
    check.eq('from_decimal', _val(lambda: F.from_decimal(decimal.Decimal('3.14'))), _val(lambda: R.from_decimal(decimal.Decimal('3.14'))))
    check.eq('from_decimal int', _val(lambda: F.from_decimal(4)), _val(lambda: R.from_decimal(4)))
    check.eq('from_decimal bad', _val(lambda: F.from_decimal(1.5)), _val(lambda: R.from_decimal(1.5)))
    check.eq('from_decimal nan', _val(lambda: F.from_decimal(decimal.Decimal('nan'))), _val(lambda: R.from_decimal(decimal.Decimal('nan'))))

    values = [(1, 3), (-7, 2), (0, 1), (5, 1), (-1, 1), (22, 7), (1, 10**20)]
    others = [0, 1, -3, 2.5, -0.0, float('inf'), float('nan'), 1j, complex(2, 0), True, decimal.Decimal(1), 'x', None]
    ops = [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv, operator.mod,
           divmod, operator.pow, operator.lt, operator.le, operator.gt, operator.ge, operator.eq, operator.ne]
    for n, d in values:
        f, r = F(n, d), R(n, d)
        for o in others:
            for op in ops:
                if op is operator.pow and isinstance(o, float) and abs(o) == float('inf'):
                    pass
                check.eq('%s(%r, %r)' % (op.__name__, r, o), _val(lambda: op(f, o)), _val(lambda: op(r, o)))
                check.eq('%s(%r, %r)' % (op.__name__, o, r), _val(lambda: op(o, f)), _val(lambda: op(o, r)))
        for n2, d2 in values:
            f2, r2 = F(n2, d2), R(n2, d2)
            for op in ops:
                if op is operator.pow and abs(n2) > 100:
                    continue
                check.eq('%s(%r, %r)' % (op.__name__, r, r2), _val(lambda: op(f, f2)), _val(lambda: op(r, r2)))
        for fn in [abs, operator.neg, operator.pos, int, float, math.floor, math.ceil, math.trunc, round,
                   bool, hash, str, repr, lambda x: round(x, 2), lambda x: round(x, -1), lambda x: round(x, 0),
                   lambda x: x.limit_denominator(3), lambda x: x.limit_denominator(1), lambda x: x.limit_denominator(),
                   lambda x: x.limit_denominator(0), lambda x: x.as_integer_ratio(), lambda x: (x.numerator, x.denominator),
                   lambda x: complex(x), lambda x: x.real, lambda x: x.imag, lambda x: x.conjugate()]:
            check.eq('fn %r %r' % (fn, r), _val(lambda: fn(f)), _val(lambda: fn(r)))
    pi = '3.141592653589793'
    for m in [1, 2, 7, 10, 57, 100, 113, 1000, 10**6]:
        check.eq('limit pi %d' % m, repr(F(pi).limit_denominator(m)), repr(R(pi).limit_denominator(m)))
    for x in ['1/2', '3/2', '5/2', '-1/2', '-3/2', '7/3', '2/3']:
        check.eq('round %s' % x, _val(lambda: round(F(x))), _val(lambda: round(R(x))))
    # Hashes agree with equal ints, floats and CPython's Fraction.
    import random
    rng = random.Random(3)
    for _ in range(300):
        n = rng.randrange(-10**25, 10**25)
        d = rng.choice([1, 2, 3, 7, 10**rng.randrange(30), rng.randrange(1, 10**30), 2**61 - 1, (2**61 - 1) * 3])
        check.eq('hash %d/%d' % (n, d), hash(F(n, d)), hash(R(n, d)))
    for x in [0.5, -0.25, 1e300, 1/3, -1.0]:
        check.eq('hash float %r' % x, hash(F(x)), hash(x))
    check.eq('hash -1', hash(F(-1)), -2)
    f = F(3, 4)
    check.eq('copy', copy.copy(f) is f, True)
    check.eq('deepcopy', copy.deepcopy(f) is f, True)
    check.eq('reduce', f.__reduce__(), (F, ('3/4',)))
    check.eq('isinstance Rational', isinstance(f, __import__('numbers').Rational), True)

    class Sub(F):
        pass
    check.eq('subclass repr', repr(Sub(1, 2)), 'Sub(1, 2)')
    check.eq('subclass copy', type(copy.copy(Sub(1, 2))) is Sub, True)
    check.eq('sum', repr(sum([F(1, 3)] * 3)), 'Fraction(1, 1)')
    check.eq('sorted mixed', repr(sorted([F(1, 2), 0.25, 1, F(-1, 3)])), '[Fraction(-1, 3), 0.25, Fraction(1, 2), 1]')
    check.eq('in dict', {F(1, 2): 'a'}.get(0.5), 'a')
