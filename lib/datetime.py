"""Dates and times (date, time, datetime, timedelta, tzinfo, timezone),
written for gilt.

Dates use the proleptic Gregorian calendar; day 1 is 0001-01-01.
Durations are kept as whole days, seconds (0..86399) and microseconds
(0..999999); only days may be negative.
"""

import time as _time
import math as _math
import operator as _operator

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo',
           'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAX_DELTA_DAYS = 999999999
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = [0, 0]
for _m in range(2, 13):
    _DAYS_BEFORE_MONTH.append(_DAYS_BEFORE_MONTH[-1] + _DAYS_IN_MONTH[_m - 1])
del _m

_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_ABBR = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
               'Sep', 'Oct', 'Nov', 'Dec')


# ---- calendar arithmetic -------------------------------------------------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _to_ordinal(year, month, day):
    leap_day = 1 if month > 2 and _is_leap(year) else 0
    return _days_before_year(year) + _DAYS_BEFORE_MONTH[month] + leap_day + day


_DAYS_IN_400_YEARS = _days_before_year(401)


def _from_ordinal(n):
    """(year, month, day) of day number n (1 = 0001-01-01)."""
    n -= 1
    cycles, n = divmod(n, _DAYS_IN_400_YEARS)
    year = cycles * 400 + 1
    # estimate the year, then correct it
    year += n * 400 // _DAYS_IN_400_YEARS
    while _days_before_year(year) - _days_before_year(cycles * 400 + 1) > n:
        year -= 1
    while _days_before_year(year + 1) - _days_before_year(cycles * 400 + 1) <= n:
        year += 1
    day_of_year = n - (_days_before_year(year) - _days_before_year(cycles * 400 + 1))
    month = 1
    while True:
        length = _month_length(year, month)
        if day_of_year < length:
            return year, month, day_of_year + 1
        day_of_year -= length
        month += 1


def _iso_week1_monday(year):
    """Ordinal of the Monday of ISO week 1 (the week holding January 4)."""
    jan4 = _to_ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError(f"'float' object cannot be interpreted as an integer")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be "
                        f"interpreted as an integer") from None


def _check_date(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _month_length(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute = _index(hour), _index(minute)
    second, microsecond = _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        f"not type '{type(tz).__name__}'")


def _type_name(obj):
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__qualname__
    return cls.__qualname__


def _round_half_even(numerator, denominator):
    q, r = divmod(numerator, denominator)
    twice = 2 * r
    if twice > denominator or (twice == denominator and q % 2 == 1):
        q += 1
    return q


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return f'{hh:02d}'
    if timespec == 'minutes':
        return f'{hh:02d}:{mm:02d}'
    if timespec == 'seconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}'
    if timespec == 'milliseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us // 1000:03d}'
    if timespec == 'microseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}'
    raise ValueError('Unknown timespec value')


def _format_offset(offset, sep=':'):
    """+HH:MM[:SS[.ffffff]] for a utcoffset() timedelta ('' for None)."""
    if offset is None:
        return ''
    sign = '+'
    if offset.days < 0:
        sign = '-'
        offset = -offset
    hh, rest = divmod(offset.seconds, 3600)
    mm, ss = divmod(rest, 60)
    text = f'{sign}{hh:02d}{sep}{mm:02d}'
    if ss or offset.microseconds:
        text += f'{sep}{ss:02d}'
        if offset.microseconds:
            text += f'.{offset.microseconds:06d}'
    return text


def _checked_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f'tzinfo.{name}() must return None or timedelta, '
                        f'not {type(offset).__name__!r}')
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError(f'offset must be a timedelta strictly between '
                         f'-timedelta(hours=24) and timedelta(hours=24), '
                         f'not {offset!r}.')
    return offset


def _strftime(obj, fmt, timetuple):
    """strftime with the directives datetime adds to time.strftime:
    %f (microseconds), %z (UTC offset) and %Z (zone name)."""
    if not isinstance(fmt, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(fmt).__name__}')
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == '%' and i + 1 < n:
            code = fmt[i + 1]
            if code == 'f':
                out.append(f'{getattr(obj, "microsecond", 0):06d}')
            elif code == 'z':
                offset = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
                out.append(_format_offset(offset, ''))
            elif code == 'Z':
                name = obj.tzname() if hasattr(obj, 'tzname') else None
                out.append('' if name is None else name.replace('%', '%%'))
            else:
                out.append(fmt[i:i + 2])
            i += 2
        else:
            out.append(ch)
            i += 1
    return _time.strftime(''.join(out), timetuple)


def _build_struct_time(y, m, d, hh, mm, ss, dst):
    wday = (_to_ordinal(y, m, d) + 6) % 7
    yday = _to_ordinal(y, m, d) - _to_ordinal(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


# ---- timedelta -----------------------------------------------------------

def _delta_part_us(name, value, factor):
    """value * factor microseconds as an exact fraction (numerator, denominator)."""
    if isinstance(value, int):
        return value * factor, 1
    if isinstance(value, float):
        if not _math.isfinite(value):
            raise ValueError('cannot convert float %s to integer' % value)
        num, den = value.as_integer_ratio()
        return num * factor, den
    raise TypeError(f'unsupported type for timedelta {name} component: '
                    f'{type(value).__name__}')



def _compared_by_key(cls):
    """Give cls the six comparison methods, each a call of cls._compare(other, op, equality)."""
    def __eq__(self, other):
        return self._compare(other, _operator.eq, True)

    def __ne__(self, other):
        return self._compare(other, _operator.ne, True)

    def __lt__(self, other):
        return self._compare(other, _operator.lt)

    def __le__(self, other):
        return self._compare(other, _operator.le)

    def __gt__(self, other):
        return self._compare(other, _operator.gt)

    def __ge__(self, other):
        return self._compare(other, _operator.ge)

    for method in (__eq__, __ne__, __lt__, __le__, __gt__, __ge__):
        method.__qualname__ = f'{cls.__name__}.{method.__name__}'
        setattr(cls, method.__name__, method)
    return cls


@_compared_by_key
class timedelta:
    """A duration: days, seconds and microseconds."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        total_num, total_den = 0, 1
        for name, value, factor in (('days', days, _US_PER_DAY),
                                    ('seconds', seconds, _US_PER_SECOND),
                                    ('microseconds', microseconds, 1),
                                    ('milliseconds', milliseconds, 1000),
                                    ('minutes', minutes, 60 * _US_PER_SECOND),
                                    ('hours', hours, 3600 * _US_PER_SECOND),
                                    ('weeks', weeks, 7 * _US_PER_DAY)):
            if type(value) is int and value == 0:
                continue
            num, den = _delta_part_us(name, value, factor)
            total_num, total_den = total_num * den + num * total_den, total_den * den
        total = _round_half_even(total_num, total_den)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        days, rest = divmod(total, _US_PER_DAY)
        if abs(days) > _MAX_DELTA_DAYS:
            raise OverflowError(f'days={days}; must have magnitude <= {_MAX_DELTA_DAYS}')
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, _US_PER_SECOND)
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f'days={self._days}')
        if self._seconds:
            parts.append(f'seconds={self._seconds}')
        if self._microseconds:
            parts.append(f'microseconds={self._microseconds}')
        return f"{_type_name(self)}({', '.join(parts) or '0'})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = f'{hh}:{mm:02d}:{ss:02d}'
        if self._microseconds:
            text += f'.{self._microseconds:06d}'
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            text = f'{self._days} day{plural}, {text}'
        return text

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return timedelta._from_microseconds(self._to_microseconds())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_half_even(self._to_microseconds() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_microseconds(_round_half_even(self._to_microseconds(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError('float division by zero')
            return timedelta._from_microseconds(_round_half_even(self._to_microseconds() * den, num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _compare(self, other, op, equality=False):
        if isinstance(other, timedelta):
            return op(self._to_microseconds(), other._to_microseconds())
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


timedelta.min = timedelta(-_MAX_DELTA_DAYS)
timedelta.max = timedelta(days=_MAX_DELTA_DAYS, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- date ----------------------------------------------------------------

@_compared_by_key
class date:
    """A calendar date: year, month, day."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _to_ordinal(MAXYEAR, 12, 31):
            raise ValueError(f'ordinal must be >= 1')
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        parsed = _parse_iso_date(date_string)
        if parsed is None:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        return cls(*parsed)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f'Year is out of range: {year}')
        weeks = 53 if _iso_week1_monday(year + 1) - _iso_week1_monday(year) == 371 else 52
        if not 1 <= week <= weeks:
            raise ValueError(f'Invalid week: {week}')
        if not 1 <= day <= 7:
            raise ValueError(f'Invalid weekday: {day} (range is [1, 7])')
        return cls(*_from_ordinal(_iso_week1_monday(year) + (week - 1) * 7 + day - 1))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return f'{_type_name(self)}({self._year}, {self._month}, {self._day})'

    def isoformat(self):
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    __str__ = isoformat

    def ctime(self):
        weekday = _DAY_ABBR[self.weekday()]
        return (f'{weekday} {_MONTH_ABBR[self._month]} {self._day:2d} '
                f'00:00:00 {self._year:04d}')

    def strftime(self, fmt):
        return _strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        n = self.toordinal()
        monday = _iso_week1_monday(year)
        if n < monday:
            year -= 1
            monday = _iso_week1_monday(year)
        elif n >= _iso_week1_monday(year + 1):
            year += 1
            monday = _iso_week1_monday(year)
        week, day = divmod(n - monday, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, op, equality=False):
        if isinstance(other, date) and not isinstance(other, datetime):
            return op(self._date_key(), other._date_key())
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._date_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _to_ordinal(MAXYEAR, 12, 31):
                raise OverflowError('date value out of range')
            return type(self)(*_from_ordinal(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    """(year, week, weekday), as date.isocalendar() gives it."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return (f'{_type_name(self)}(year={self[0]}, week={self[1]}, '
                f'weekday={self[2]})')


def _parse_iso_date(text):
    """(y, m, d) from YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]; None if malformed."""
    if len(text) == 10 and text[4] == '-' and text[7] == '-':
        parts = (text[0:4], text[5:7], text[8:10])
    elif len(text) == 8 and text.isdigit():
        parts = (text[0:4], text[4:6], text[6:8])
    else:
        week_date = _parse_iso_week_date(text)
        return week_date
    if not all(p.isdigit() and p.isascii() for p in parts):
        return None
    return tuple(int(p) for p in parts)


def _parse_iso_week_date(text):
    compact = text.replace('-', '') if len(text) in (8, 10) else text
    if len(compact) not in (7, 8) or compact[4] != 'W':
        return None
    digits = compact[:4] + compact[5:]
    if not digits.isdigit():
        return None
    year, week = int(compact[:4]), int(compact[5:7])
    day = int(compact[7]) if len(compact) == 8 else 1
    d = date.fromisocalendar(year, week, day)
    return d.year, d.month, d.day


# ---- tzinfo and timezone -------------------------------------------------

class tzinfo:
    """Abstract base class for time zones."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        offset = dt.utcoffset()
        dst = dt.dst()
        if offset is None or dst is None:
            raise ValueError('fromutc() requires a non-None utcoffset() and dst() result')
        std = offset - dst
        if std:
            dt += std
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, getattr(self, '__dict__', None) or None)


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('offset must be a timedelta')
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('name must be a string')
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), '
                             f'not {offset!r}.')
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'{_type_name(self)}({self._offset!r})'
        return f'{_type_name(self)}({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset() argument must be a datetime instance or None')

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError('tzname() argument must be a datetime instance or None')

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst() argument must be a datetime instance or None')

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# ---- time ----------------------------------------------------------------

@_compared_by_key
class time:
    """A time of day: hour, minute, second, microsecond, tzinfo, fold."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        parsed = _parse_iso_time(time_string)
        if parsed is None:
            raise ValueError(f'Invalid isoformat string: {time_string!r}')
        return cls(*parsed)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset('utcoffset', self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset('dst', self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def __repr__(self):
        if self._microsecond:
            fields = f'{self._hour}, {self._minute}, {self._second}, {self._microsecond}'
        elif self._second:
            fields = f'{self._hour}, {self._minute}, {self._second}'
        else:
            fields = f'{self._hour}, {self._minute}'
        if self._tzinfo is not None:
            fields += f', tzinfo={self._tzinfo!r}'
        if self._fold:
            fields += ', fold=1'
        return f'{_type_name(self)}({fields})'

    def isoformat(self, timespec='auto'):
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(self, fmt, _time.struct_time(
            (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))

    def _key(self, other_for_error=None):
        """Microseconds since midnight, less the UTC offset if aware."""
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND + self._microsecond
        offset = self.utcoffset()
        return us, offset

    def _compare(self, other, op, equality=False):
        if not isinstance(other, time):
            return NotImplemented
        a, a_off = self._key()
        b, b_off = other._key()
        if (a_off is None) != (b_off is None):
            if equality:
                return op(0, 1)
            raise TypeError("can't compare offset-naive and offset-aware times")
        if a_off is not None and a_off != b_off:
            a -= a_off._to_microseconds()
            b -= b_off._to_microseconds()
        return op(a, b)

    def __hash__(self):
        if self._hashcode == -1:
            us, offset = self._key()
            if offset is not None:
                us -= offset._to_microseconds()
            self._hashcode = hash(us)
        return self._hashcode


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _parse_iso_time(text):
    """(h, m, s, us, tzinfo) from an ISO 8601 time; None if malformed."""
    tz = None
    for i, ch in enumerate(text):
        if ch in '+-Z':
            tz = _parse_iso_offset(text[i:])
            if tz is None:
                return None
            text = text[:i]
            break
    if ':' in text:
        fields = text.split(':')
    else:
        main, dot, frac = text.partition('.')
        fields = [main[i:i + 2] for i in range(0, len(main), 2)]
        if dot:
            fields[-1] += '.' + frac
    if not 1 <= len(fields) <= 3:
        return None
    us = 0
    last, dot, frac = fields[-1].partition('.')
    if not dot:
        last, dot, frac = fields[-1].partition(',')
    fields[-1] = last
    if dot:
        if len(fields) != 3 or not frac.isdigit() or not frac.isascii():
            return None
        us = int((frac + '000000')[:6])
    if not all(len(f) == 2 and f.isdigit() and f.isascii() for f in fields):
        return None
    numbers = [int(f) for f in fields] + [0] * (3 - len(fields))
    return numbers[0], numbers[1], numbers[2], us, tz


def _parse_iso_offset(text):
    if text == 'Z':
        return timezone.utc
    sign = -1 if text[0] == '-' else 1
    parsed = _parse_iso_time(text[1:])
    if parsed is None or parsed[4] is not None:
        return None
    hh, mm, ss, us, _ = parsed
    return timezone(sign * timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us))


# ---- datetime ------------------------------------------------------------

class datetime(date):
    """A date and a time of day."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        if isinstance(t, float) and not _math.isfinite(t):
            raise ValueError('cannot convert float NaN to integer' if t != t else
                             'cannot convert float infinity to integer')
        if isinstance(t, int):
            seconds, us = t, 0
        else:
            num, den = float(t).as_integer_ratio()
            total_us = _round_half_even(num * _US_PER_SECOND, den)
            seconds, us = divmod(total_us, _US_PER_SECOND)
        fields = (_time.gmtime if utc else _time.localtime)(seconds)
        y, m, d, hh, mm, ss = fields[:6]
        ss = min(ss, 59)  # a leap second
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        result = cls._from_timestamp(t, tz is not None, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not '
                            f'{type(date).__name__}')
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not '
                            f'{type(time).__name__}')
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        date_part, time_part = date_string[:10], date_string[11:]
        parsed_date = _parse_iso_date(date_part) if len(date_string) >= 10 else None
        if parsed_date is None and len(date_string) >= 8:
            date_part, time_part = date_string[:8], date_string[9:]
            parsed_date = _parse_iso_date(date_part)
        if parsed_date is None:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        parsed_time = (0, 0, 0, 0, None)
        if len(date_string) > len(date_part):
            parsed_time = _parse_iso_time(time_part)
            if parsed_time is None:
                raise ValueError(f'Invalid isoformat string: {date_string!r}')
        return cls(*parsed_date, *parsed_time)

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d.year, d.month, d.day)

    @classmethod
    def strptime(cls, date_string, format):
        micro = 0
        if '%f' in format:
            # time.strptime has no %f: read the digits here
            import re
            pattern = re.escape(format).replace('%f', '(?P<_f>[0-9]{1,6})')
            pattern = re.sub(r'%[a-zA-Z%]', '(.*?)', pattern.replace('\\%', '%'))
            match = re.fullmatch(pattern, date_string)
            if match and match.group('_f') is not None:
                digits = match.group('_f')
                micro = int((digits + '000000')[:6])
                start, end = match.span('_f')
                date_string = date_string[:start] + date_string[end:]
                format = format.replace('%f', '', 1)
        fields = _time.strptime(date_string, format)
        return cls(*fields[:6], micro)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset('utcoffset', self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset('dst', self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError(f'tzinfo.tzname() must return None or a string, '
                            f"not '{type(name).__name__}'")
        return name

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, flag)

    def utctimetuple(self):
        offset = self.utcoffset()
        dt = self - offset if offset else self
        return _build_struct_time(dt._year, dt._month, dt._day, dt._hour,
                                  dt._minute, dt._second, 0)

    def timestamp(self):
        if self._tzinfo is None:
            seconds = _time.mktime((self._year, self._month, self._day, self._hour,
                                    self._minute, self._second, -1, -1, -1))
            return seconds + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _local_timezone(self):
        ts = self.timestamp() if self._tzinfo is not None else _time.mktime(self.timetuple())
        local = _time.localtime(ts)
        return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            offset = mytz.utcoffset(self)
        else:
            offset = mytz.utcoffset(self)
            if offset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                offset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = _DAY_ABBR[self.weekday()]
        return (f'{weekday} {_MONTH_ABBR[self._month]} {self._day:2d} '
                f'{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}')

    def isoformat(self, sep='T', timespec='auto'):
        return (f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}'
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        text = f"{_type_name(self)}({', '.join(map(str, fields))}"
        if self._tzinfo is not None:
            text += f', tzinfo={self._tzinfo!r}'
        if self._fold:
            text += ', fold=1'
        return text + ')'

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour,
                             self._minute, self._second, self._microsecond, self._tzinfo))

    def _naive_microseconds(self):
        days = self.toordinal()
        seconds = (self._hour * 60 + self._minute) * 60 + self._second
        return (days * 86400 + seconds) * _US_PER_SECOND + self._microsecond

    def _compare(self, other, op, equality=False):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if equality:
                    return op(0, 1)
                raise TypeError(f"can't compare {_type_name(self)} to {_type_name(other)}")
            return NotImplemented
        a, b = self._naive_microseconds(), other._naive_microseconds()
        if self._tzinfo is not other._tzinfo:
            a_off, b_off = self.utcoffset(), other.utcoffset()
            if (a_off is None) != (b_off is None):
                if equality:
                    return op(0, 1)
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if a_off is not None:
                a -= a_off._to_microseconds()
                b -= b_off._to_microseconds()
        return op(a, b)

    def __hash__(self):
        if self._hashcode == -1:
            us = self._naive_microseconds()
            offset = self.utcoffset()
            if offset is not None:
                us -= offset._to_microseconds()
            self._hashcode = hash(us)
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._naive_microseconds() + other._to_microseconds()
        days, rest = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _to_ordinal(MAXYEAR, 12, 31):
            raise OverflowError('date value out of range')
        seconds, us = divmod(rest, _US_PER_SECOND)
        mm, ss = divmod(seconds, 60)
        hh, mm = divmod(mm, 60)
        return type(self)(*_from_ordinal(days), hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._naive_microseconds() - other._naive_microseconds()
        if self._tzinfo is not other._tzinfo:
            a_off, b_off = self.utcoffset(), other.utcoffset()
            if (a_off is None) != (b_off is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if a_off is not None:
                diff -= a_off._to_microseconds() - b_off._to_microseconds()
        return timedelta._from_microseconds(diff)


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
