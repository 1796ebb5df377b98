"""Fraction: exact rational numbers."""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

try:
    _HASH_MODULUS = sys.hash_info.modulus
    _HASH_INF = sys.hash_info.inf
except AttributeError:  # the values CPython uses on 64-bit platforms
    _HASH_MODULUS = (1 << 61) - 1
    _HASH_INF = 314159


def _is_decimal(value):
    # decimal is imported only if the program already uses it.
    decimal = sys.modules.get('decimal')
    return decimal is not None and isinstance(value, decimal.Decimal)


# ---------------------------------------------------------------- parsing

def _digits(text, pos, underscores=True):
    """End of a run of decimal digits at `pos` (single underscores allowed
    between digits), or `pos` when there is no digit there."""
    end = pos
    n = len(text)
    while end < n and text[end].isdecimal():
        end += 1
        if underscores and end + 1 < n and text[end] == '_' and text[end + 1].isdecimal():
            end += 1
    return end


def _parse_tail(text, pos):
    """Parse an optional exponent then trailing space from `pos`.
    Returns the exponent text ('' if none) or None if the text does not end."""
    n = len(text)
    exp = ''
    if pos < n and text[pos] in 'eE':
        start = pos + 1
        digits_at = start + 1 if start < n and text[start] in '+-' else start
        end = _digits(text, digits_at)
        if end > digits_at:
            exp = text[start:end]
            pos = end
    while pos < n and text[pos].isspace():
        pos += 1
    return exp if pos == n else None


def _parse(text):
    """Split a Fraction literal into (sign, num, denom, decimal, exp) strings,
    or return None.  Accepts '[sign]n/d' and '[sign]n[.frac][e[sign]exp]'
    with surrounding whitespace; '_' may separate digits."""
    n = len(text)
    pos = 0
    while pos < n and text[pos].isspace():
        pos += 1
    sign = ''
    if pos < n and text[pos] in '+-':
        sign = text[pos]
        pos += 1
    # There must be a digit, or a point followed by a digit.
    if not (pos < n and (text[pos].isdecimal() or
                         (text[pos] == '.' and pos + 1 < n and text[pos + 1].isdecimal()))):
        return None
    end = _digits(text, pos)
    num = text[pos:end]
    pos = end
    if pos < n and text[pos] == '/':
        end = _digits(text, pos + 1)
        if end == pos + 1:
            return None
        denom = text[pos + 1:end]
        pos = end
        while pos < n and text[pos].isspace():
            pos += 1
        return (sign, num, denom, '', '') if pos == n else None
    if pos < n and text[pos] == '.':
        pos += 1
        # CPython 3.11's pattern also accepts a run of letters 'd' here (a
        # typo in its regular expression); int() then rejects them.
        end = pos
        while end < n and text[end] in 'dD':
            end += 1
        exp = _parse_tail(text, end)
        if exp is not None:
            return (sign, num, None, text[pos:end], exp)
        end = _digits(text, pos)
        exp = _parse_tail(text, end)
        return None if exp is None else (sign, num, None, text[pos:end], exp)
    exp = _parse_tail(text, pos)
    return None if exp is None else (sign, num, None, '', exp)


def _from_string(text):
    parts = _parse(text)
    if parts is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    sign, num, denom, decimal, exp = parts
    numerator = int(num or '0')
    if denom:
        denominator = int(denom)
    else:
        denominator = 1
        if decimal:
            decimal = decimal.replace('_', '')
            scale = 10 ** len(decimal)
            numerator = numerator * scale + int(decimal)
            denominator *= scale
        if exp:
            exp = int(exp)
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
    if sign == '-':
        numerator = -numerator
    return numerator, denominator


# ---------------------------------------------------------------- arithmetic

def _mixed_ops(exact, inexact):
    """Build the forward and reflected methods for one binary operator.

    `exact(a, b)` handles two Fractions; mixing with a float or complex
    converts the Fraction and applies `inexact` (an operator function)."""

    def forward(a, b):
        if isinstance(b, Fraction):
            return exact(a, b)
        if isinstance(b, int):
            return exact(a, Fraction(b))
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def reverse(b, a):
        if isinstance(a, numbers.Rational):
            return exact(Fraction(a), b)
        if isinstance(a, numbers.Real):
            return inexact(float(a), float(b))
        if isinstance(a, numbers.Complex):
            return inexact(complex(a), complex(b))
        return NotImplemented

    name = inexact.__name__.strip('_')
    forward.__name__ = '__%s__' % name
    reverse.__name__ = '__r%s__' % name
    return forward, reverse


def _add(a, b):
    return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _sub(a, b):
    return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _mul(a, b):
    return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)


def _div(a, b):
    if b._numerator == 0:
        # CPython reduces before noticing, so the message shows a's sign only.
        sign = (a._numerator > 0) - (a._numerator < 0)
        raise ZeroDivisionError('Fraction(%s, 0)' % sign)
    return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)


def _floordiv(a, b):
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _divmod(a, b):
    den = a._denominator * b._denominator
    quotient, remainder = divmod(a._numerator * b._denominator,
                                 a._denominator * b._numerator)
    return quotient, Fraction(remainder, den)


def _mod(a, b):
    den = a._denominator * b._denominator
    return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator), den)


class Fraction(numbers.Rational):
    """An exact rational number numerator/denominator in lowest terms, with
    a positive denominator.

    Fraction(7, -21) == Fraction(-1, 3); Fraction('3/7'); Fraction('-.125');
    Fraction('7e-6'); Fraction(0.5); Fraction(Decimal('1.1'));
    Fraction(Fraction(1, 3), 2) == Fraction(1, 6)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)

        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                # Exact conversion; inf and nan raise from as_integer_ratio.
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                numerator, denominator = _from_string(numerator)
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif (isinstance(numerator, numbers.Rational) and
                isinstance(denominator, numbers.Rational)):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or an integer) as a Fraction."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (or an integer) as a Fraction."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)" %
                (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator) with a positive denominator."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most max_denominator.

        Fraction('3.141592653589793').limit_denominator(10) == Fraction(22, 7)
        """
        # Walk the continued-fraction convergents p/q of self until the next
        # one's denominator would exceed the bound; the answer is either the
        # last convergent or the best semiconvergent below the bound.
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p_prev, q_prev, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + a * p, q_next
            n, d = d, n - a * d
        k = (max_denominator - q_prev) // q
        semiconvergent = Fraction(p_prev + k * p, q_prev + k * q)
        convergent = Fraction(p, q)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    __add__, __radd__ = _mixed_ops(_add, operator.add)
    __sub__, __rsub__ = _mixed_ops(_sub, operator.sub)
    __mul__, __rmul__ = _mixed_ops(_mul, operator.mul)
    __truediv__, __rtruediv__ = _mixed_ops(_div, operator.truediv)
    __floordiv__, __rfloordiv__ = _mixed_ops(_floordiv, operator.floordiv)
    __divmod__, __rdivmod__ = _mixed_ops(_divmod, divmod)
    __mod__, __rmod__ = _mixed_ops(_mod, operator.mod)

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, else a float."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power,
                                    a._denominator ** power)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power,
                                    a._numerator ** -power)
                return Fraction((-a._denominator) ** -power,
                                (-a._numerator) ** -power)
            # A fractional power is generally irrational.
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b where b is a Fraction."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a): truncates toward zero."""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self): the nearest int, ties to even;
        round(self, n): a Fraction rounded to n decimal places."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """Equal to the hash of an equal int or float (CPython's scheme:
        numerator / denominator modulo the prime sys.hash_info.modulus)."""
        if self._denominator == 1:
            return hash(self._numerator)
        if self._denominator % _HASH_MODULUS == 0:
            result = _HASH_INF  # the denominator has no inverse
        else:
            inverse = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
            result = abs(self._numerator) % _HASH_MODULUS * inverse % _HASH_MODULUS
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return False
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) == Fraction:
            return self  # immutable
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
