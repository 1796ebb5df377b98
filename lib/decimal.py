"""Decimal fixed and floating point arithmetic, written for gilt.

A finite Decimal is sign, coefficient and exponent: (-1)**sign *
coefficient * 10**exponent, with the coefficient an int.  Infinities and
NaNs keep their kind in the exponent slot ('F', 'n' quiet NaN, 'N'
signalling NaN).  Results of operations are rounded to the current
context's precision with its rounding mode; the context also records
which conditions (signals) happened and raises the trapped ones.
"""

import _thread
import math as _math
import sys as _sys

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)



class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent): what Decimal.as_tuple() gives
    (a named tuple, written out so decimal need not import collections)."""

    __slots__ = ()
    _fields = ('sign', 'digits', 'exponent')
    __match_args__ = _fields

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0], doc='Alias for field number 0')
    digits = property(lambda self: self[1], doc='Alias for field number 1')
    exponent = property(lambda self: self[2], doc='Alias for field number 2')

    def __repr__(self):
        return f'DecimalTuple(sign={self[0]!r}, digits={self[1]!r}, exponent={self[2]!r})'

    def __getnewargs__(self):
        return tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = self._asdict()
        values.update(changes)
        return DecimalTuple(**values)


# ---- signals ---------------------------------------------------------------

class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    """An exponent was changed to fit the representation."""


class InvalidOperation(DecimalException):
    """An operation has no meaningful result."""


class ConversionSyntax(InvalidOperation):
    """A string is not a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite number divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer division result does not fit the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero divided by zero."""


class Inexact(DecimalException):
    """A result was rounded and lost nonzero digits."""


class InvalidContext(InvalidOperation):
    """A context setting is invalid."""


class Rounded(DecimalException):
    """A result was rounded (digits, zero or not, were dropped)."""


class Subnormal(DecimalException):
    """A result's exponent is below Emin."""


class Overflow(Inexact, Rounded):
    """A result's exponent is above Emax."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded to zero."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with a Decimal."""


# in the order a context's repr lists them
_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
            Overflow, Rounded, Subnormal, Underflow]

# the signal a condition sets in the flags (conditions that are not signals map to one)
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


# ---- context ---------------------------------------------------------------

def _signal_dict(value, default_on):
    if value is None:
        return {s: s in default_on for s in _SIGNALS}
    if isinstance(value, dict):
        result = {s: False for s in _SIGNALS}
        for key, on in value.items():
            if key not in result:
                raise KeyError('Valid signal dict')
            result[key] = bool(on)
        return result
    return {s: s in value for s in _SIGNALS}


class Context:
    """Precision, rounding, exponent limits, and the signals' flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        default_traps = [s for s, on in base.traps.items() if on] if base else \
            [DivisionByZero, Overflow, InvalidOperation]
        self.traps = _signal_dict(traps, default_traps)
        self.flags = _signal_dict(flags, [])

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('valid values for prec are: [1, MAX_PREC]')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, '
                                'ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, '
                                'ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name == 'Emin':
            if not isinstance(value, int) or not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not isinstance(value, int) or not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name in ('capitals', 'clamp'):
            if value not in (0, 1):
                raise ValueError(f'valid values for {name} are 0 or 1')
        elif name not in ('traps', 'flags', '_ignored'):
            raise AttributeError(f"'decimal.Context' object has no attribute '{name}'")
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = ', '.join(s.__name__ for s in _SIGNALS if self.flags[s])
        traps = ', '.join(s.__name__ for s in _SIGNALS if self.traps[s])
        return (f'Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, '
                f'Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, '
                f'flags=[{flags}], traps=[{traps}])')

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _float_operation(self, trap):
        """A float met a Decimal: flagged always, raised only if trapped and `trap`."""
        self.flags[FloatOperation] = True
        if trap and self.traps[FloatOperation]:
            raise FloatOperation([FloatOperation])

    def _signal(self, condition, result=None):
        """Record a condition; raise it if its signal is trapped, else return result."""
        signal = _SIGNAL_OF.get(condition, condition)
        self.flags[signal] = True
        if self.traps[signal]:
            raise signal([condition])
        return result

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def _apply(self, name, *args):
        first = _convert(args[0], True)
        return getattr(first, name)(*args[1:], context=self)

    def abs(self, a):
        return _convert(a, True).__abs__(context=self)

    def add(self, a, b):
        return _convert(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _convert(a, True).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _convert(a, True).__mod__(b, context=self)

    def divmod(self, a, b):
        return _convert(a, True).__divmod__(b, context=self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, context=self)

    def plus(self, a):
        return _convert(a, True).__pos__(context=self)

    def minus(self, a):
        return _convert(a, True).__neg__(context=self)

    def sqrt(self, a):
        return self._apply('sqrt', a)

    def exp(self, a):
        return self._apply('exp', a)

    def ln(self, a):
        return self._apply('ln', a)

    def log10(self, a):
        return self._apply('log10', a)

    def quantize(self, a, b):
        return self._apply('quantize', a, b)

    def normalize(self, a):
        return self._apply('normalize', a)

    def compare(self, a, b):
        return self._apply('compare', a, b)

    def to_integral_value(self, a):
        return self._apply('to_integral_value', a)

    def to_sci_string(self, a):
        return str(_convert(a, True))

    def is_zero(self, a):
        return _convert(a, True).is_zero()


_contexts = {}


def getcontext():
    """The current thread's context."""
    ident = _thread.get_ident()
    context = _contexts.get(ident)
    if context is None:
        context = _contexts[ident] = DefaultContext.copy()
    return context


def setcontext(context):
    """Make context the current thread's context."""
    if not isinstance(context, Context):
        raise TypeError(f"argument must be a context")
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _contexts[_thread.get_ident()] = context


class _LocalContext:
    def __init__(self, context):
        self.new_context = context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that runs its block under a copy of ctx (default:
    the current context), changed by the keyword arguments."""
    context = (ctx if ctx is not None else getcontext()).copy()
    for name, value in kwargs.items():
        if not hasattr(context, name) or name in ('flags', 'traps') and not isinstance(value, (dict, list)):
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        setattr(context, name, _signal_dict(value, []) if name in ('flags', 'traps') else value)
    return _LocalContext(context)


# ---- helpers on coefficients -------------------------------------------------

def _digits(n):
    return len(str(n)) if n else 1


def _round_digits(coefficient, drop, rounding, sign):
    """coefficient with `drop` trailing digits removed under a rounding mode:
    (new coefficient, whether a nonzero digit was lost)."""
    if drop <= 0:
        return coefficient * 10 ** -drop, False
    scale = 10 ** drop
    q, r = divmod(coefficient, scale)
    if r == 0:
        return q, False
    half = scale // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:  # ROUND_05UP
        up = q % 5 == 0
    return q + 1 if up else q, True


_NUMBER_PATTERN = None


def _parse(text):
    """(sign, coefficient, exponent) of a numeric string, or None."""
    global _NUMBER_PATTERN
    if _NUMBER_PATTERN is None:
        import re
        _NUMBER_PATTERN = re.compile(
            r'\s*(?P<sign>[-+])?(?:(?P<int>\d(?:_?\d)*)?(?:\.(?P<frac>\d(?:_?\d)*)?)?'
            r'(?:[eE](?P<exp>[-+]?\d(?:_?\d)*))?|(?P<inf>inf(?:inity)?)|'
            r'(?P<nan>s?nan)(?P<payload>\d*))\s*\Z', re.IGNORECASE)
    match = _NUMBER_PATTERN.match(text)
    if match is None:
        return None
    sign = 1 if match['sign'] == '-' else 0
    if match['inf']:
        return sign, 0, 'F'
    if match['nan']:
        payload = int(match['payload'] or '0')
        return sign, payload, 'N' if match['nan'][0] in 'sS' else 'n'
    intpart = (match['int'] or '').replace('_', '')
    frac = (match['frac'] or '').replace('_', '')
    if not intpart and not frac:
        return None
    exponent = int((match['exp'] or '0').replace('_', '')) - len(frac)
    return sign, int(intpart + frac), exponent


def _convert(other, raise_error=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raise_error:
        raise TypeError(f'conversion from {type(other).__name__} to Decimal is not supported')
    return NotImplemented


def _exact_ratio(x):
    """(numerator, denominator) of a finite Decimal, int, float or Rational; None otherwise."""
    if isinstance(x, Decimal):
        if x._exp >= 0:
            return (-1) ** x._sign * x._int * 10 ** x._exp, 1
        return (-1) ** x._sign * x._int, 10 ** -x._exp
    if isinstance(x, int):
        return x, 1
    if isinstance(x, float):
        return x.as_integer_ratio()
    numerator = getattr(x, 'numerator', None)
    denominator = getattr(x, 'denominator', None)
    if isinstance(numerator, int) and isinstance(denominator, int):
        return numerator, denominator
    return None


# ---- fixed-point series for exp and ln (integers scaled by 10**work) ---------

def _atanh_inverse(n, scale):
    """atanh(1/n) * scale."""
    total = term = scale // n
    n2 = n * n
    k = 1
    while term:
        term //= n2
        k += 2
        total += term // k
    return total


def _ln2(scale):
    return 2 * _atanh_inverse(3, scale)


def _ln10(scale):
    # ln 10 = 3 ln 2 + ln(5/4), and ln(5/4) = 2 atanh(1/9)
    return 3 * _ln2(scale) + 2 * _atanh_inverse(9, scale)


def _ln_fixed(numerator, denominator, work):
    """ln(numerator / denominator) * 10**work, for a positive ratio."""
    scale = 10 ** work
    # ln(x) = k ln 10 + j ln 2 + ln(m), with m in [1, 2)
    k = _digits(numerator) - _digits(denominator)
    if k >= 0:
        denominator *= 10 ** k
    else:
        numerator *= 10 ** -k
    j = 0
    while numerator < denominator:
        numerator *= 2
        j -= 1
    while numerator >= 2 * denominator:
        denominator *= 2
        j += 1
    # ln(m) = 2 atanh((m - 1) / (m + 1)) = 2 atanh(p / q)
    p, q = numerator - denominator, numerator + denominator
    total = term = scale * p // q
    p2, q2 = p * p, q * q
    i = 1
    while term:
        term = term * p2 // q2
        i += 2
        total += term // i
    return 2 * total + k * _ln10(scale) + j * _ln2(scale)


def _exp_fixed(numerator, denominator, work):
    """exp(numerator / denominator) * 10**work, for a nonnegative ratio."""
    # halve the argument until it is small, sum the series, then square back
    halvings = max(0, (numerator // denominator).bit_length() + 8)
    work += halvings // 3 + 2
    scale = 10 ** work
    x = scale * numerator // (denominator << halvings)
    total = term = scale
    i = 1
    while term:
        term = term * x // (scale * i)
        total += term
        i += 1
    for _ in range(halvings):
        total = total * total // scale
    return total, work


# ---- Decimal -------------------------------------------------------------------

class Decimal:
    """A decimal floating point number."""

    __slots__ = ('_sign', '_int', '_exp')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = context if context is not None else getcontext()
                ctx._signal(ConversionSyntax)
                parsed = (0, 0, 'n')
            self._sign, self._int, self._exp = parsed
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
            return self
        if isinstance(value, int):
            self._sign, self._int, self._exp = int(value < 0), abs(int(value)), 0
            return self
        if isinstance(value, float):
            (context if context is not None else getcontext())._float_operation(True)
            return cls._from_float(value, self)
        if isinstance(value, (tuple, list)):
            return cls._from_tuple(tuple(value), self)
        raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')

    @classmethod
    def _from_float(cls, f, self=None):
        if self is None:
            self = object.__new__(cls)
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        if _math.isnan(f):
            self._sign, self._int, self._exp = 0, 0, 'n'
        elif _math.isinf(f):
            self._sign, self._int, self._exp = sign, 0, 'F'
        else:
            numerator, denominator = abs(f).as_integer_ratio()
            k = denominator.bit_length() - 1
            # n / 2**k == n * 5**k / 10**k
            self._sign, self._int, self._exp = sign, numerator * 5 ** k, -k
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        return cls._from_float(f)

    @classmethod
    def _from_tuple(cls, value, self):
        if len(value) != 3:
            raise ValueError('argument must be a sequence of length 3')
        sign, digits, exponent = value
        if sign not in (0, 1):
            raise ValueError('sign must be an integer with the value 0 or 1')
        coefficient = 0
        for d in digits:
            if not isinstance(d, int) or not 0 <= d <= 9:
                raise ValueError('coefficient must be a tuple of digits')
            coefficient = coefficient * 10 + d
        if exponent not in ('F', 'n', 'N') and not isinstance(exponent, int):
            raise ValueError('exponent must be an integer')
        self._sign, self._int, self._exp = sign, coefficient, exponent
        if exponent == 'F':
            self._int = 0
        return self

    @classmethod
    def _make(cls, sign, coefficient, exponent):
        self = object.__new__(cls)
        self._sign, self._int, self._exp = sign, coefficient, exponent
        return self

    # -- kinds

    def _is_special(self):
        return isinstance(self._exp, str)

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_snan(self):
        return self._exp == 'N'

    def is_qnan(self):
        return self._exp == 'n'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not isinstance(self._exp, str)

    def is_zero(self):
        return not isinstance(self._exp, str) and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        context = context or getcontext()
        return self.is_finite() and self._int != 0 and self.adjusted() >= context.Emin

    def adjusted(self):
        if isinstance(self._exp, str):
            return 0
        return self._exp + _digits(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(d) for d in str(self._int)) if (self._int or not self._is_special()) else ()
        if self._exp == 'F':
            digits = (0,)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special():
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        numerator, denominator = _exact_ratio(self)
        g = _math.gcd(numerator, denominator)
        return numerator // g, denominator // g

    # -- conversions

    def __repr__(self):
        return f"Decimal('{self}')"

    def __str__(self):
        return self._to_string(getcontext().capitals)

    def to_eng_string(self, context=None):
        """Like str(), but an exponent shown is a multiple of three."""
        if self._is_special():
            return str(self)
        adjusted = self.adjusted()
        if self._exp <= 0 and adjusted >= -6:
            return str(self)
        sign = '-' if self._sign else ''
        if self._int == 0:
            exp3 = self._exp + (-self._exp) % 3
            body = '0' if exp3 == self._exp else '0.' + '0' * (exp3 - self._exp)
        else:
            digits = str(self._int)
            exp3 = adjusted - adjusted % 3
            dot = adjusted - exp3 + 1
            digits += '0' * max(0, dot - len(digits))
            body = digits[:dot] + ('.' + digits[dot:] if digits[dot:] else '')
        if exp3 == 0:
            return sign + body
        return f"{sign}{body}E{'+' if exp3 > 0 else '-'}{abs(exp3)}"

    def _to_string(self, capitals=1):
        sign = '-' if self._sign else ''
        if self._exp == 'F':
            return sign + 'Infinity'
        if self._exp in ('n', 'N'):
            kind = 'NaN' if self._exp == 'n' else 'sNaN'
            return sign + kind + (str(self._int) if self._int else '')
        digits = str(self._int)
        adjusted = self._exp + len(digits) - 1
        if self._exp <= 0 and adjusted >= -6:
            point = len(digits) + self._exp
            if self._exp == 0:
                body = digits
            elif point > 0:
                body = digits[:point] + '.' + digits[point:]
            else:
                body = '0.' + '0' * -point + digits
            return sign + body
        body = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
        e = 'E' if capitals else 'e'
        return f"{sign}{body}{e}{'+' if adjusted >= 0 else '-'}{abs(adjusted)}"

    def __float__(self):
        if self.is_nan():
            if self.is_snan():
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __int__(self):
        if self._is_special():
            if self.is_nan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        value = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -value if self._sign else value

    __trunc__ = __int__

    def __bool__(self):
        return self._is_special() or self._int != 0

    def __complex__(self):
        return complex(float(self))

    def _integral(self, rounding):
        if self._is_special():
            if self.is_nan():
                raise ValueError('cannot round a NaN')
            raise OverflowError('cannot round an infinity')
        coefficient, _ = _round_digits(self._int, -self._exp, rounding, self._sign)
        return -coefficient if self._sign else coefficient

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('Second argument to round should be integral')
        return self.quantize(Decimal._make(0, 1, -n))

    # -- hashing and comparison

    def __hash__(self):
        if self._is_special():
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value.')
            if self.is_nan():
                return object.__hash__(self)
            return -_sys.hash_info.inf if self._sign else _sys.hash_info.inf
        modulus = _sys.hash_info.modulus
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, modulus) % modulus
        else:
            h = self._int * pow(pow(10, modulus - 2, modulus), -self._exp, modulus) % modulus
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def _compare_with(self, other, ordering):
        """-1, 0 or 1; None when other is not a number Decimal can compare with
        (or a NaN is involved)."""
        if isinstance(other, Decimal):
            other_kind = other._exp if other._is_special() else None
        elif isinstance(other, float):
            getcontext()._float_operation(ordering)
            if _math.isnan(other):
                other_kind = 'n'
            elif _math.isinf(other):
                other = Decimal._from_float(other)
                other_kind = 'F'
            else:
                other_kind = None
        else:
            if _exact_ratio(other) is None or isinstance(other, complex):
                return NotImplemented
            other_kind = None
        if self.is_nan() or other_kind in ('n', 'N'):
            if ordering:
                getcontext()._signal(InvalidOperation)
            return None
        a_inf = (-1 if self._sign else 1) if self._exp == 'F' else 0
        b_inf = (-1 if other._sign else 1) if other_kind == 'F' else 0
        if a_inf or b_inf:
            return (a_inf > b_inf) - (a_inf < b_inf)
        an, ad = _exact_ratio(self)
        bn, bd = _exact_ratio(other)
        left, right = an * bd, bn * ad
        return (left > right) - (left < right)

    def __eq__(self, other):
        c = self._compare_with(other, False)
        if c is NotImplemented:
            return c
        return c == 0

    def __lt__(self, other):
        c = self._compare_with(other, True)
        return c if c is NotImplemented else c is not None and c < 0

    def __le__(self, other):
        c = self._compare_with(other, True)
        return c if c is NotImplemented else c is not None and c <= 0

    def __gt__(self, other):
        c = self._compare_with(other, True)
        return c if c is NotImplemented else c is not None and c > 0

    def __ge__(self, other):
        c = self._compare_with(other, True)
        return c if c is NotImplemented else c is not None and c >= 0

    def compare(self, other, context=None):
        other = _convert(other, True)
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        return Decimal(self._compare_with(other, False))

    def max(self, other, context=None):
        other = _convert(other, True)
        return self if self._compare_with(other, False) >= 0 else other

    def min(self, other, context=None):
        other = _convert(other, True)
        return self if self._compare_with(other, False) <= 0 else other

    # -- rounding to the context

    def _fix(self, context):
        """This number rounded to the context's precision (flags set as needed)."""
        if self._is_special():
            if self.is_snan():
                return context._signal(InvalidOperation, Decimal._make(self._sign, self._int, 'n'))
            return self
        digits = _digits(self._int)
        coefficient, exponent = self._int, self._exp
        if digits > context.prec:
            drop = digits - context.prec
            coefficient, inexact = _round_digits(coefficient, drop, context.rounding, self._sign)
            exponent += drop
            if _digits(coefficient) > context.prec:
                coefficient //= 10
                exponent += 1
            context._signal(Rounded)
            if inexact:
                context._signal(Inexact)
        if coefficient and exponent + _digits(coefficient) - 1 > context.Emax:
            context._signal(Inexact)
            context._signal(Rounded)
            return context._signal(Overflow, Decimal._make(self._sign, 0, 'F'))
        return Decimal._make(self._sign, coefficient, exponent)

    def _nan_result(self, other, context):
        """The NaN an operation on self (and other) gives, or None."""
        operands = (self,) if other is None else (self, other)
        for x in operands:
            if x.is_snan():
                context = context or getcontext()
                return context._signal(InvalidOperation, Decimal._make(x._sign, x._int, 'n'))
        for x in operands:
            if x.is_qnan():
                return x
        return None

    def _invalid(self, context, condition=InvalidOperation):
        return context._signal(condition, Decimal._make(0, 0, 'n'))

    # -- arithmetic

    def __pos__(self, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        result = self._fix(context)
        if result.is_zero() and context.rounding != ROUND_FLOOR:
            result = Decimal._make(0, 0, result._exp)
        return result

    def __neg__(self, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self.is_zero() and context.rounding != ROUND_FLOOR:
            return Decimal._make(0, 0, self._exp)._fix(context)
        return Decimal._make(1 - self._sign, self._int, self._exp)._fix(context)

    def __abs__(self, round=True, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        result = Decimal._make(0, self._int, self._exp)
        return result._fix(context) if round else result

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return Decimal._make(other._sign, self._int, self._exp)

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if self._exp == 'F' or other._exp == 'F':
            if self._exp == 'F' and other._exp == 'F' and self._sign != other._sign:
                return self._invalid(context)
            return self if self._exp == 'F' else other
        exponent = min(self._exp, other._exp)
        a = (-1) ** self._sign * self._int * 10 ** (self._exp - exponent)
        b = (-1) ** other._sign * other._int * 10 ** (other._exp - exponent)
        total = a + b
        if total == 0:
            if self._sign and other._sign:
                sign = 1
            else:
                sign = 1 if (self._sign != other._sign and context.rounding == ROUND_FLOOR) else 0
            return Decimal._make(sign, 0, exponent)._fix(context)
        return Decimal._make(int(total < 0), abs(total), exponent)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        if other.is_nan():
            return self.__add__(other, context)
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._exp == 'F' or other._exp == 'F':
            if self.is_zero() or other.is_zero():
                return self._invalid(context)
            return Decimal._make(sign, 0, 'F')
        return Decimal._make(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._exp == 'F':
            if other._exp == 'F':
                return self._invalid(context)
            return Decimal._make(sign, 0, 'F')
        if other._exp == 'F':
            context._signal(Clamped)
            return Decimal._make(sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                return self._invalid(context, DivisionUndefined)
            return context._signal(DivisionByZero, Decimal._make(sign, 0, 'F'))
        ideal = self._exp - other._exp
        if self._int == 0:
            return Decimal._make(sign, 0, ideal)._fix(context)
        shift = max(0, context.prec + _digits(other._int) - _digits(self._int) + 1)
        q, r = divmod(self._int * 10 ** shift, other._int)
        exponent = ideal - shift
        if r:
            # an inexact quotient: a final nonzero digit keeps every rounding mode right
            q = q * 10 + 1
            exponent -= 1
        else:
            while exponent < ideal and q % 10 == 0:
                q //= 10
                exponent += 1
        return Decimal._make(sign, q, exponent)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divide_integer(self, other, context):
        """(quotient, remainder) as Decimals, or a NaN pair; the quotient truncates."""
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan, nan
        sign = self._sign ^ other._sign
        if self._exp == 'F':
            if other._exp == 'F':
                invalid = self._invalid(context)
                return invalid, invalid
            return Decimal._make(sign, 0, 'F'), self._invalid(context)
        if other._exp == 'F':
            return Decimal._make(sign, 0, 0), self._fix(context)
        if other._int == 0:
            if self._int == 0:
                invalid = self._invalid(context, DivisionUndefined)
                return invalid, invalid
            return (context._signal(DivisionByZero, Decimal._make(sign, 0, 'F')),
                    self._invalid(context))
        exponent = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exponent)
        b = other._int * 10 ** (other._exp - exponent)
        q, r = divmod(a, b)
        if _digits(q) > context.prec:
            invalid = self._invalid(context, DivisionImpossible)
            return invalid, invalid
        quotient = Decimal._make(sign, q, 0)
        remainder = Decimal._make(self._sign, r, exponent)._fix(context)
        return quotient, remainder

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divide_integer(other, context or getcontext())[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if other.is_zero() and not self.is_nan() and not other.is_nan():
            if self.is_zero():
                return self._invalid(context, DivisionUndefined)
            return self._invalid(context)
        return self._divide_integer(other, context)[1]

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self._divide_integer(other, context or getcontext())

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def remainder_near(self, other, context=None):
        other = _convert(other, True)
        context = context or getcontext()
        q, r = self._divide_integer(other, context)
        if r.is_nan() or r.is_zero():
            return r
        twice = abs(r) * 2
        if twice > abs(other) or (twice == abs(other) and q._int % 2 == 1):
            return (r - other if r._sign == other._sign else r + other)._fix(context)
        return r

    def _is_integral(self):
        return self.is_finite() and (self._exp >= 0 or self._int % 10 ** -self._exp == 0)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = context or getcontext()
        if modulo is not None:
            modulo = _convert(modulo, True)
            if not (self._is_integral() and other._is_integral() and modulo._is_integral()):
                return self._invalid(context)
            result = pow(int(self), int(other), int(modulo))
            return Decimal(result)._fix(context)
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if other.is_zero():
            if self.is_zero():
                return self._invalid(context)
            return Decimal._make(0, 1, 0)
        if self._exp == 'F' or other._exp == 'F':
            return self._power_infinite(other, context)
        if other._is_integral():
            n = int(other)
            sign = self._sign if n % 2 else 0
            if self.is_zero():
                if n < 0:
                    return Decimal._make(sign, 0, 'F')
                return Decimal._make(sign, 0, 0)
            if abs(n) * _digits(self._int) <= 4 * (context.prec + 20) or self._int == 1:
                exact = Decimal._make(sign, self._int ** abs(n), self._exp * abs(n))
                if n > 0:
                    return exact._fix(context)
                return Decimal._make(0, 1, 0).__truediv__(exact, context)
        if self._sign:
            return self._invalid(context)
        if self.is_zero():
            return Decimal._make(0, 0, 'F') if other._sign else Decimal._make(0, 0, 0)
        # x**y = exp(y ln x), computed with guard digits
        work = context.prec + 20
        an, ad = _exact_ratio(self)
        ln = _ln_fixed(an, ad, work)
        bn, bd = _exact_ratio(other)
        product = Decimal._make(int(ln * bn < 0), abs(ln * bn) // bd, -work)
        return product._exp_with(context, inexact=True, sign=self._sign if other._is_integral() and int(other) % 2 else 0)

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def _power_infinite(self, other, context):
        if other._exp == 'F':
            magnitude = self.copy_abs()._compare_with(Decimal(1), False)
            if magnitude == 0:
                return Decimal._make(0, 1, 0)._fix(context)
            big = (magnitude > 0) != bool(other._sign)
            return Decimal._make(0, 0, 'F') if big else Decimal._make(0, 0, 0)
        # self is infinite
        odd = other._is_integral() and int(other) % 2 == 1
        sign = self._sign if odd else 0
        return Decimal._make(sign, 0, 0) if other._sign else Decimal._make(sign, 0, 'F')

    # -- functions

    def sqrt(self, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self.is_zero():
            return Decimal._make(self._sign, 0, self._exp // 2)
        if self._sign:
            return self._invalid(context)
        if self._exp == 'F':
            return self
        ideal = self._exp // 2
        # scale so the root has at least prec + 2 digits and the exponent is even
        shift = max(0, 2 * (context.prec + 2) - _digits(self._int) + 2)
        if (self._exp - shift) % 2:
            shift += 1
        n = self._int * 10 ** shift
        root = _math.isqrt(n)
        exponent = (self._exp - shift) // 2
        if root * root == n:
            while exponent < ideal and root % 10 == 0:
                root //= 10
                exponent += 1
        elif root % 5 == 0:
            root += 1  # inexact: a last digit of 0 or 5 would look like a tie or exact
        context = context.copy() if False else context
        saved = context.rounding
        try:
            context.rounding = ROUND_HALF_EVEN
            result = Decimal._make(0, root, exponent)._fix(context)
        finally:
            context.rounding = saved
        return result

    def _exp_with(self, context, inexact=True, sign=0):
        """exp(self) rounded to the context (self is finite)."""
        work = context.prec + 20
        n, d = _exact_ratio(self)
        negative = n < 0
        value, used = _exp_fixed(abs(n), d, work)
        if negative:
            # exp(-x) = 1 / exp(x)
            q, r = divmod(10 ** (2 * used + context.prec + 5), value)
            result = Decimal._make(sign, q * 10 + (1 if r or inexact else 0), -(used + context.prec + 5) - 1)
        else:
            result = Decimal._make(sign, value * 10 + 1, -used - 1)
        return result._fix(context)

    def exp(self, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._exp == 'F':
            return Decimal._make(0, 0, 0) if self._sign else self
        if self.is_zero():
            return Decimal._make(0, 1, 0)
        return self._exp_with(context)

    def _log_checks(self, context):
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self.is_zero():
            return Decimal._make(1, 0, 'F')
        if self._exp == 'F':
            return self._invalid(context) if self._sign else self
        if self._sign:
            return self._invalid(context)
        return None

    def _log_result(self, value, work, context):
        result = Decimal._make(int(value < 0), abs(value) * 10 + 1, -work - 1)
        return result._fix(context)

    def ln(self, context=None):
        context = context or getcontext()
        special = self._log_checks(context)
        if special is not None:
            return special
        if self._int == 1 and self._exp == 0:
            return Decimal._make(0, 0, 0)
        work = context.prec + 20 + len(str(abs(self.adjusted())))
        n, d = _exact_ratio(self)
        return self._log_result(_ln_fixed(n, d, work), work, context)

    def log10(self, context=None):
        context = context or getcontext()
        special = self._log_checks(context)
        if special is not None:
            return special
        digits = str(self._int)
        if digits[0] == '1' and digits[1:].strip('0') == '':
            # an exact power of ten
            return Decimal(self._exp + len(digits) - 1)._fix(context)
        work = context.prec + 20 + len(str(abs(self.adjusted())))
        n, d = _exact_ratio(self)
        scale = 10 ** work
        value = _ln_fixed(n, d, work) * scale // _ln10(scale)
        return self._log_result(value, work, context)

    def logb(self, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._exp == 'F':
            return Decimal._make(0, 0, 'F')
        if self.is_zero():
            return context._signal(DivisionByZero, Decimal._make(1, 0, 'F'))
        return Decimal(self.adjusted())._fix(context)

    def scaleb(self, other, context=None):
        other = _convert(other, True)
        context = context or getcontext()
        nan = self._nan_result(other, context)
        if nan is not None:
            return nan
        if self._exp == 'F':
            return self
        return Decimal._make(self._sign, self._int, self._exp + int(other))._fix(context)

    def fma(self, other, third, context=None):
        other = _convert(other, True)
        third = _convert(third, True)
        exact = Decimal._make(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp) \
            if self.is_finite() and other.is_finite() else self.__mul__(other, Context(prec=MAX_PREC))
        return exact.__add__(third, context)

    # -- exponents

    def _rescale(self, exponent, rounding, context):
        """This number with the given exponent, rounding as needed."""
        coefficient, inexact = _round_digits(self._int, exponent - self._exp, rounding, self._sign)
        if exponent > self._exp:
            context._signal(Rounded)
            if inexact:
                context._signal(Inexact)
        return Decimal._make(self._sign, coefficient, exponent)

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, True)
        context = context or getcontext()
        rounding = rounding or context.rounding
        nan = self._nan_result(exp, context)
        if nan is not None:
            return nan
        if self._exp == 'F' or exp._exp == 'F':
            if self._exp == 'F' and exp._exp == 'F':
                return self
            return self._invalid(context)
        result = self._rescale(exp._exp, rounding, context)
        if _digits(result._int) > context.prec or result.adjusted() > context.Emax:
            return self._invalid(context)
        return result

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._is_special() or other._is_special():
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        if self._exp == 'F' or self._exp >= 0:
            return self
        coefficient, _ = _round_digits(self._int, -self._exp, rounding or context.rounding, self._sign)
        return Decimal._make(self._sign, coefficient, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = context or getcontext()
        if self.is_finite() and self._exp < 0:
            return self._rescale(0, rounding or context.rounding, context)
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        context = context or getcontext()
        nan = self._nan_result(None, context)
        if nan is not None:
            return nan
        result = self._fix(context)
        if result._exp == 'F':
            return result
        if result._int == 0:
            return Decimal._make(result._sign, 0, 0)
        coefficient, exponent = result._int, result._exp
        while coefficient % 10 == 0 and exponent < context.Emax:
            coefficient //= 10
            exponent += 1
        return Decimal._make(result._sign, coefficient, exponent)

    reduce = normalize

    def canonical(self):
        return self

    def number_class(self, context=None):
        context = context or getcontext()
        if self.is_snan():
            return 'sNaN'
        if self.is_qnan():
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._exp == 'F':
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        if self.adjusted() < context.Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    # -- pickling and copying

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- formatting

    def __format__(self, spec, _localeconv=None):
        if not isinstance(spec, str):
            raise TypeError(f'format spec must be str, not {type(spec).__name__}')
        parsed = _parse_format_spec(spec)
        kind = parsed['type']
        context = getcontext()
        if self._is_special():
            body = 'Infinity' if self._exp == 'F' else ('NaN' if self._exp == 'n' else 'sNaN')
            if kind == '%':
                body += '%'
            return _pad_number(self._sign, body, parsed)
        precision = parsed['precision']
        rounding = context.rounding
        number = self
        if kind == '%':
            number = Decimal._make(self._sign, self._int, self._exp + 2)
        if kind in ('e', 'E') and precision is not None:
            keep = precision + 1
            if number._int:
                number = number._rescale(number._exp + _digits(number._int) - keep, rounding, Context(prec=MAX_PREC))
            if _digits(number._int) > keep:
                number = number._rescale(number._exp + 1, rounding, Context(prec=MAX_PREC))
        elif kind in ('f', 'F', '%') and precision is not None:
            number = number._rescale(-precision, rounding, Context(prec=MAX_PREC))
        elif kind in ('g', 'G', 'n', None) and precision is not None:
            keep = max(precision, 1)
            if _digits(number._int) > keep:
                number = number._rescale(number._exp + _digits(number._int) - keep, rounding, Context(prec=MAX_PREC))
                if _digits(number._int) > keep:
                    number = number._rescale(number._exp + 1, rounding, Context(prec=MAX_PREC))
        if kind in ('f', 'F', '%') and number._int == 0 and number._exp > 0:
            number = Decimal._make(number._sign, 0, 0)
        digits = str(number._int)
        leftdigits = number._exp + len(digits)
        if kind in ('e', 'E'):
            dotplace = 1 - precision if number._int == 0 and precision is not None else 1
        elif kind in ('f', 'F', '%'):
            dotplace = leftdigits
        else:
            dotplace = leftdigits if number._exp <= 0 and leftdigits > -6 else 1
        if dotplace < 0:
            intpart, fracpart = '0', '0' * -dotplace + digits
        elif dotplace > len(digits):
            intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
        else:
            intpart, fracpart = digits[:dotplace] or '0', digits[dotplace:]
        exponent = leftdigits - dotplace
        if kind in ('e', 'E') or (exponent != 0 and kind not in ('f', 'F', '%')):
            if kind is None:
                e = 'E' if context.capitals else 'e'
            else:
                e = 'E' if kind in ('E', 'G') else 'e'
            suffix = f"{e}{'+' if exponent >= 0 else '-'}{abs(exponent)}"
        else:
            suffix = ''
        if kind == '%':
            suffix = '%'
        if parsed['grouping']:
            intpart = _group(intpart, parsed['grouping'], parsed)
        body = intpart + ('.' + fracpart if fracpart or parsed['alternate'] else '') + suffix
        return _pad_number(self._sign, body, parsed)


def _parse_format_spec(spec):
    import re
    match = re.fullmatch(r'(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<no_neg_0>z)?'
                         r'(?P<alternate>#)?(?P<zeropad>0)?(?P<width>\d+)?(?P<grouping>,)?'
                         r'(?:\.(?P<precision>\d+))?(?P<type>[eEfFgGn%])?', spec, re.DOTALL)
    if match is None:
        raise ValueError('invalid format string')
    parsed = match.groupdict()
    parsed['precision'] = None if parsed['precision'] is None else int(parsed['precision'])
    parsed['width'] = int(parsed['width'] or 0)
    if parsed['zeropad'] and not parsed['align']:
        parsed['fill'], parsed['align'] = '0', '='
    parsed['fill'] = parsed['fill'] or ' '
    parsed['align'] = parsed['align'] or '>'
    parsed['sign'] = parsed['sign'] or '-'
    return parsed


def _group(intpart, separator, parsed):
    groups = []
    while len(intpart) > 3:
        groups.append(intpart[-3:])
        intpart = intpart[:-3]
    groups.append(intpart)
    text = separator.join(reversed(groups))
    if parsed['align'] == '=' and parsed['fill'] == '0':
        # zero padding takes part in the grouping
        sign_width = 1 if parsed['sign'] != '-' else 0
        while len(text) + sign_width < parsed['width'] and len(text) + 1 + sign_width <= parsed['width']:
            text = ('0' if len(text.split(separator)[0]) < 3 else '0' + separator) + text
    return text


def _pad_number(sign, body, parsed):
    if sign and not (parsed['no_neg_0'] and body.strip('0.%') == ''):
        prefix = '-'
    else:
        prefix = '' if parsed['sign'] == '-' else parsed['sign']
    padding = parsed['width'] - len(prefix) - len(body)
    if padding <= 0:
        return prefix + body
    fill, align = parsed['fill'], parsed['align']
    if align == '<':
        return prefix + body + fill * padding
    if align == '^':
        left = padding // 2
        return fill * left + prefix + body + fill * (padding - left)
    if align == '=':
        return prefix + fill * padding + body
    return fill * padding + prefix + body


# ---- the standard contexts -----------------------------------------------------

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

import numbers as _numbers
_numbers.Number.register(Decimal)
del _numbers
