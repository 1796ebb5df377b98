"""Exact arithmetic for gilt's statistics module.

Values become integer ratios, kept as (numerator, denominator) tuples, so
sums and sums of squares are exact and rounded only once, when converted
back to the type of the data (int, float, Fraction or Decimal).  Neither
fractions nor decimal is imported unless the data contains their types.
"""

import math
import sys


# Exact arithmetic on (numerator, denominator) pairs --------------------------

def _ratio(n, d):
    """n/d in lowest terms, with a positive denominator."""
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    if g != 1:
        n //= g
        d //= g
    return (n, d)


def _ratio_add(a, b):
    return _ratio(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _ratio_sub(a, b):
    return _ratio(a[0] * b[1] - b[0] * a[1], a[1] * b[1])


def _ratio_mul(a, b):
    return _ratio(a[0] * b[0], a[1] * b[1])


def _ratio_div(a, b):
    return _ratio(a[0] * b[1], a[1] * b[0])


def _sum_partials(partials):
    """Sum numerators grouped by denominator: {d: n} stands for sum n/d."""
    total = (0, 1)
    for d, n in partials.items():
        total = _ratio_add(total, (n, d))
    return total


# Types --------------------------------------------------------------------------

def _module_type(module_name, type_name):
    # The type, if its module is already loaded (data of that type implies
    # it is).
    module = sys.modules.get(module_name)
    return getattr(module, type_name, None) if module is not None else None


def _is_fraction_type(T):
    Fraction = _module_type('fractions', 'Fraction')
    return Fraction is not None and issubclass(T, Fraction)


def _is_decimal_type(T):
    Decimal = _module_type('decimal', 'Decimal')
    return Decimal is not None and issubclass(T, Decimal)


def _coerce(T, S):
    """The type a result mixing types T and S takes (T is never bool).

    int gives way to any other type, a subclass wins over its base, and
    float wins over Fraction; anything else cannot be mixed."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if _is_fraction_type(T) and issubclass(S, float):
        return S
    if issubclass(T, float) and _is_fraction_type(S):
        return T
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _exact_ratio(x):
    """(numerator, denominator) of x; (x, None) for infinities and NaNs."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        # Only non-finite floats and Decimals have no ratio.
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' "
                        f"to numerator/denominator") from None


def _convert(value, T):
    """Convert an exact (n, d) value, or a non-finite number, to type T."""
    if not isinstance(value, tuple):
        if type(value) is T:
            return value
        if issubclass(T, int) and value.denominator != 1:
            T = float
        return T(value)
    n, d = value
    if issubclass(T, int):
        if d != 1:
            return float(n / d)
        return T(n)
    if issubclass(T, float):
        return T(n / d)
    if _is_decimal_type(T):
        return T(n) / T(d)
    if _is_fraction_type(T):
        return T(n, d)
    from fractions import Fraction
    return T(Fraction(n, d))


def _sum(data):
    """Return (type, exact total, count) of the data; the total is an
    (n, d) pair, or the sum of the infinities/NaNs if there are any."""
    count = 0
    types = []
    last_type = None
    partials = {}
    nonfinite = None
    for x in data:
        typ = type(x)
        if typ is not last_type and typ not in types:
            types.append(typ)
        last_type = typ
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            nonfinite = n if nonfinite is None else nonfinite + n
        else:
            partials[d] = partials.get(d, 0) + n
    # Types are reconciled after all values converted (so a value that
    # is not a number is reported first, as in CPython).
    T = int
    for typ in types:
        T = _coerce(T, typ)
    if nonfinite is not None:
        return (T, nonfinite, count)
    return (T, _sum_partials(partials), count)


def _ss(data, c=None):
    """Return (type, sum of squared deviations, mean, count), exactly.

    With c given, deviations are taken from c (in the data's own
    arithmetic) instead of from the exact mean."""
    if c is not None:
        T, total, count = _sum((x - c) * (x - c) for x in data)
        return (T, total, c, count)
    count = 0
    T = int
    types = []
    sx_partials = {}
    sxx_partials = {}
    nonfinite = None
    for x in data:
        typ = type(x)
        if typ not in types:
            types.append(typ)
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            nonfinite = n if nonfinite is None else nonfinite + n
            continue
        sx_partials[d] = sx_partials.get(d, 0) + n
        sxx_partials[d] = sxx_partials.get(d, 0) + n * n
    for typ in types:
        T = _coerce(T, typ)
    if not count:
        return (T, (0, 1), (0, 1), 0)
    if nonfinite is not None:
        return (T, nonfinite, nonfinite, count)
    sx = _sum_partials(sx_partials)
    sxx = (0, 1)
    for d, n in sxx_partials.items():
        sxx = _ratio_add(sxx, (n, d * d))
    # count * sxx - sx**2, over count: exact, so no cancellation trouble.
    ssd = _ratio_div(_ratio_sub(_ratio_mul((count, 1), sxx),
                                _ratio_mul(sx, sx)), (count, 1))
    return (T, ssd, _ratio_div(sx, (count, 1)), count)


def _divide(value, count):
    if isinstance(value, tuple):
        return _ratio(value[0], value[1] * count)
    return value / count


# Square roots, correctly rounded ---------------------------------------------

# Bits kept before the final rounding: twice a double's precision plus a
# margin, so that rounding the truncated root (with a sticky bit) to a
# float is exact.
_SQRT_BITS = 2 * sys.float_info.mant_dig + 3


def _float_sqrt_of_frac(n, m):
    """Square root of n/m as a float, correctly rounded."""
    if n <= 0:
        if not n:
            return 0.0
        n, m = -n, -m
    # Scale n/m by 4**k so that its integer part has about _SQRT_BITS bits;
    # then sqrt(n/m) = isqrt(scaled) / 2**k, up to the sticky bit.
    # (k is rounded so that at least _SQRT_BITS bits remain.)
    k = -((n.bit_length() - m.bit_length() - _SQRT_BITS) // 2)
    if k >= 0:
        scaled_n, scaled_m = n << (2 * k), m
    else:
        scaled_n, scaled_m = n, m << (-2 * k)
    root = math.isqrt(scaled_n // scaled_m)
    if root * root * scaled_m != scaled_n:
        root |= 1       # inexact: round-to-odd keeps the rounding right
    if k >= 0:
        return root / (1 << k)
    return (root << -k) / 1


def _decimal_sqrt_of_frac(n, m):
    """Square root of n/m as a Decimal, correctly rounded."""
    from decimal import Decimal
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    # The division and the square root each round: check that no
    # neighbour of root is nearer to the true value.
    rn, rd = root.as_integer_ratio()
    upper = root.next_plus()
    un, ud = upper.as_integer_ratio()
    # n/m > ((root + upper) / 2)**2 means upper is nearer.
    if 4 * n * (rd * ud) ** 2 > m * (rn * ud + un * rd) ** 2:
        return upper
    lower = root.next_minus()
    ln, ld = lower.as_integer_ratio()
    if 4 * n * (rd * ld) ** 2 < m * (rn * ld + ln * rd) ** 2:
        return lower
    return root


def _as_number(value):
    return value[0] / value[1] if isinstance(value, tuple) else value

