"""Abstract Base Classes for numbers (PEP 3141), written for gilt.

Number > Complex > Real > Rational > Integral; complex, float and int are
registered as virtual subclasses.  A few operations have default
implementations in terms of the abstract ones.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """Root of the numeric tower: isinstance(x, Number) for any number."""
    __slots__ = ()

    # Each concrete numeric type decides how it hashes.
    __hash__ = None


class Complex(Number):
    """Complex numbers: what the built-in complex type can do."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """complex(self): a built-in complex."""

    def __bool__(self):
        """bool(self): a number is false when it equals zero."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real part."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part."""
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        """self + other"""
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        """other + self"""
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        """-self"""
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        """+self"""
        raise NotImplementedError

    def __sub__(self, other):
        """self - other"""
        return self + -other

    def __rsub__(self, other):
        """other - self"""
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        """self * other"""
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        """other * self"""
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        """self / other (true division)"""
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        """other / self"""
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        """self ** exponent"""
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        """base ** self"""
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        """abs(self): a Real, the distance from zero."""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The complex conjugate: the sign of the imaginary part flipped."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        """self == other"""
        raise NotImplementedError

Complex.register(complex)


class Real(Complex):
    """Real numbers: Complex plus ordering and the operations of float."""

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """float(self)"""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        """math.trunc(self): an Integral, rounded towards zero."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        """math.floor(self): the largest Integral not above self."""
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        """math.ceil(self): the smallest Integral not below self."""
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        """round(self[, ndigits]): an Integral when ndigits is None,
        else a Real; ties go to the even neighbour."""
        raise NotImplementedError

    def __divmod__(self, other):
        """divmod(self, other), from // and %."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self), from // and %."""
        return (other // self, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        """self // other"""
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        """other // self"""
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        """self % other"""
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        """other % self"""
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        """self < other"""
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        """self <= other"""
        raise NotImplementedError

    # A Real is a Complex with no imaginary part.
    def __complex__(self):
        """complex(self), through float(self)."""
        return complex(float(self))

    @property
    def real(self):
        """A Real is its own real part."""
        return +self

    @property
    def imag(self):
        """Always 0 for a Real."""
        return 0

    def conjugate(self):
        """A Real is its own conjugate."""
        return +self

Real.register(float)


class Rational(Real):
    """Ratios of integers, exposed as numerator and denominator
    (in lowest terms)."""

    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        """float(self): the ratio, rounded once (int / int is correctly
        rounded; int() keeps subclass division out of it)."""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integers: Rational plus bitwise operations, __index__ and
    three-argument pow."""

    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """int(self)"""
        raise NotImplementedError

    def __index__(self):
        """operator.index(self), used for slicing and the like."""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """pow(self, exponent[, modulus])"""
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        """self << other"""
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        """other << self"""
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        """self >> other"""
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        """other >> self"""
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        """self & other"""
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        """other & self"""
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        """self ^ other"""
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        """other ^ self"""
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        """self | other"""
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        """other | self"""
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        """~self"""
        raise NotImplementedError

    # An integer is a ratio with denominator 1.
    def __float__(self):
        """float(self), through int(self)."""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """Always 1 for an integer."""
        return 1

Integral.register(int)
