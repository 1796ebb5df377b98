"""collections.Counter, written for gilt."""

from heapq import nlargest as _nlargest
from itertools import chain as _chain
from itertools import repeat as _repeat
from itertools import starmap as _starmap
from operator import itemgetter as _itemgetter

from .abc import Mapping as _Mapping


def _count_elements(mapping, iterable):
    """Add one to the count of each element of iterable."""
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


def _larger(a, b):
    return b if a < b else a


def _smaller(a, b):
    return a if a < b else b


class Counter(dict):
    """Dict subclass for counting hashable items (a multiset).

    Elements are keys and their counts are values; missing elements count
    as zero.

    >>> Counter('abracadabra').most_common(3)
    [('a', 5), ('b', 2), ('r', 2)]
    """

    def __init__(self, iterable=None, /, **kwds):
        """Count the elements of an iterable, or copy the counts of a
        mapping; keyword arguments add counts too."""
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """Elements never counted count zero."""
        return 0

    def total(self):
        """The sum of all the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least (all of them if n is None); elements with
        equal counts keep their insertion order."""
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        return _nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        """Iterator over elements repeating each as many times as its
        count (elements with a count below one are left out)."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # Counting each key once would be surprising next to dict.fromkeys
        # semantics, so (as in CPython) this is refused.
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) '
            'instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them.

        The source can be an iterable of elements, a mapping of counts,
        or keyword arguments."""
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    # Fast path for an empty counter.
                    super().update(iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing
        them; counts may become zero or negative."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _Mapping):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy, of the same class."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Forget elem; forgetting an absent element is not an error."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            # Most common first, when the counts can be ordered.
            counts = dict(self.most_common())
        except TypeError:
            counts = dict(self)
        return f'{self.__class__.__name__}({counts!r})'

    # Comparisons: a missing element counts as zero -------------------------

    def _all_counts(self, other, test):
        if not isinstance(other, Counter):
            return NotImplemented
        for counter in (self, other):
            for elem in counter:
                if not test(self[elem], other[elem]):
                    return False
        return True

    def __eq__(self, other):
        """Whether every element has the same count in both."""
        return self._all_counts(other, lambda a, b: a == b)

    def __ne__(self, other):
        """Whether some element has different counts."""
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __le__(self, other):
        """Whether no count of self exceeds the count in other."""
        return self._all_counts(other, lambda a, b: a <= b)

    def __lt__(self, other):
        """self <= other, and not equal."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        """Whether every count of self reaches the count in other."""
        return self._all_counts(other, lambda a, b: a >= b)

    def __gt__(self, other):
        """self >= other, and not equal."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset operations: results keep only positive counts ------------------

    def _combine(self, other, combine):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            value = combine(count, other[elem])
            if value > 0:
                result[elem] = value
        for elem, count in other.items():
            if elem not in self:
                value = combine(0, count)
                if value > 0:
                    result[elem] = value
        return result

    def __add__(self, other):
        """Counts added."""
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        """Counts of self minus those of other (positive ones kept)."""
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        """The larger count of each element."""
        return self._combine(other, _larger)

    def __and__(self, other):
        """The smaller count of each element."""
        return self._combine(other, _smaller)

    def __pos__(self):
        """A copy with only the positive counts."""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """The negative counts, made positive."""
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        """Drop elements whose count is not positive; return self."""
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        """Add other's counts in place (positive results kept)."""
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        """Subtract other's counts in place (positive results kept)."""
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        """Raise each count to other's, in place."""
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        """Lower each count to other's, in place."""
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


Counter.__module__ = 'collections'
