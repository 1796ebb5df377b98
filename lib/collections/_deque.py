"""collections.deque, written for gilt.

A deque is kept as two lists back to back: `_front` holds the left part
in reverse order (so the leftmost item is _front[-1]) and `_back` the right
part in order.  Appends and pops at either end are list appends and pops
at the end of a list; when one side runs dry, half of the other side is
moved over, which keeps every end operation amortised O(1).
"""

from operator import index as _index
from types import GenericAlias as _GenericAlias

_repr_running = set()


class deque:
    """deque([iterable[, maxlen]]): a double-ended queue, cheap to grow
    and shrink at both ends; with maxlen, adding at one end drops items
    from the other."""

    __slots__ = ('_front', '_back', '_maxlen', '_state', '__weakref__')

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError(f'deque() takes at most 2 arguments '
                            f'({len(args)} given)')
        iterable = args[0] if args else kwargs.pop('iterable', None)
        if len(args) == 2:
            maxlen = args[1]
            if 'maxlen' in kwargs:
                raise TypeError("argument for deque() given by name "
                                "('maxlen') and position (2)")
        else:
            maxlen = kwargs.pop('maxlen', None)
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError(f"'{name}' is an invalid keyword argument "
                            f"for deque()")
        if maxlen is not None:
            if not isinstance(maxlen, int):
                try:
                    maxlen = _index(maxlen)
                except TypeError:
                    raise TypeError('an integer is required') from None
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._front = []
        self._back = []
        # Bumped by every mutation, so iterators notice them.
        self._state = 0
        if iterable is not None:
            self.extend(iterable)

    @property
    def maxlen(self):
        """The bound on the length, or None."""
        return self._maxlen

    # Moving items between the halves -----------------------------------------

    def _refill_back(self):
        # _back is empty: move the right half of _front (its start) over.
        front = self._front
        half = (len(front) + 1) // 2
        moved = front[:half]
        moved.reverse()
        self._back = moved
        del front[:half]

    def _refill_front(self):
        # _front is empty: move the left half of _back over.
        back = self._back
        half = (len(back) + 1) // 2
        moved = back[:half]
        moved.reverse()
        self._front = moved
        del back[:half]

    def _trim_left(self, excess):
        """Drop `excess` items from the left end."""
        front = self._front
        if excess >= len(front):
            excess -= len(front)
            front.clear()
            del self._back[:excess]
        else:
            del front[len(front) - excess:]

    def _trim_right(self, excess):
        """Drop `excess` items from the right end."""
        back = self._back
        if excess >= len(back):
            excess -= len(back)
            back.clear()
            del self._front[:excess]
        else:
            del back[len(back) - excess:]

    # Adding and removing at the ends ----------------------------------------

    def append(self, x, /):
        """Add x at the right end."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None and len(self._front) + len(self._back) >= maxlen:
            if maxlen == 0:
                return
            self._trim_left(1)
        self._back.append(x)

    def appendleft(self, x, /):
        """Add x at the left end."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None and len(self._front) + len(self._back) >= maxlen:
            if maxlen == 0:
                return
            self._trim_right(1)
        self._front.append(x)

    def pop(self):
        """Take the rightmost item off and return it."""
        if not self._back:
            if not self._front:
                raise IndexError('pop from an empty deque')
            self._refill_back()
        self._state += 1
        return self._back.pop()

    def popleft(self):
        """Take the leftmost item off and return it."""
        if not self._front:
            if not self._back:
                raise IndexError('pop from an empty deque')
            self._refill_front()
        self._state += 1
        return self._front.pop()

    def extend(self, iterable, /):
        """Add the items of iterable at the right end."""
        items = list(iterable)
        self._state += 1
        self._back.extend(items)
        maxlen = self._maxlen
        if maxlen is not None:
            excess = len(self._front) + len(self._back) - maxlen
            if excess > 0:
                self._trim_left(excess)

    def extendleft(self, iterable, /):
        """Add the items of iterable at the left end, one by one (so
        they end up in reverse order)."""
        items = list(iterable)
        self._state += 1
        self._front.extend(items)
        maxlen = self._maxlen
        if maxlen is not None:
            excess = len(self._front) + len(self._back) - maxlen
            if excess > 0:
                self._trim_right(excess)

    def rotate(self, n=1, /):
        """Move the last n items to the front (the first -n items to
        the back if n is negative)."""
        n = _index(n)
        size = len(self._front) + len(self._back)
        if size <= 1:
            return
        steps = n % size
        if not steps:
            return
        self._state += 1
        if steps <= size // 2:
            for _ in range(steps):
                if not self._back:
                    self._refill_back()
                self._front.append(self._back.pop())
        else:
            for _ in range(size - steps):
                if not self._front:
                    self._refill_front()
                self._back.append(self._front.pop())

    def clear(self):
        """Remove every item."""
        self._state += 1
        self._front = []
        self._back = []

    def reverse(self):
        """Reverse the items in place."""
        self._state += 1
        self._front, self._back = self._back, self._front

    # Sequence behaviour --------------------------------------------------------

    def __len__(self):
        return len(self._front) + len(self._back)

    def __bool__(self):
        return bool(self._front) or bool(self._back)

    def _locate(self, i):
        """Map index i to (list, position in it), raising as CPython does."""
        if not isinstance(i, int):
            try:
                i = _index(i)
            except TypeError:
                raise TypeError(f'sequence index must be integer, not '
                                f"'{type(i).__name__}'") from None
        front = self._front
        size = len(front) + len(self._back)
        if i < 0:
            i += size
        if not 0 <= i < size:
            raise IndexError('deque index out of range')
        if i < len(front):
            return front, len(front) - 1 - i
        return self._back, i - len(front)

    def __getitem__(self, i):
        items, position = self._locate(i)
        return items[position]

    def __setitem__(self, i, value):
        items, position = self._locate(i)
        items[position] = value

    def __delitem__(self, i):
        items, position = self._locate(i)
        self._state += 1
        del items[position]

    def __iter__(self):
        state = self._state
        for item in reversed(self._front):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield item
        for item in self._back:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield item
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        state = self._state
        for item in reversed(self._back):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield item
        for item in self._front:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield item

    def __contains__(self, x):
        return x in self._front or x in self._back

    def count(self, x, /):
        """How many items are (or equal) x."""
        count = 0
        for item in self:
            if item is x or item == x:
                count += 1
        return count

    def index(self, x, start=0, stop=None, /):
        """Position of the first x within start:stop (ValueError if
        there is none)."""
        size = len(self)
        start = _index(start)
        if start < 0:
            start = max(start + size, 0)
        stop = size if stop is None else _index(stop)
        if stop < 0:
            stop += size
        stop = min(stop, size)
        for i in range(start, stop):
            item = self[i]
            if item is x or item == x:
                return i
        raise ValueError(f'{x!r} is not in deque')

    def insert(self, i, x, /):
        """Put x in front of the item at position i."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = list(self)
        items.insert(i, x)
        self._state += 1
        self._front = []
        self._back = items

    def remove(self, value, /):
        """Remove the first item equal to value."""
        for i, item in enumerate(self):
            if item is value or item == value:
                del self[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    # Copies, operators, comparisons ------------------------------------------

    def copy(self):
        """A shallow copy, of the same class and maxlen."""
        cls = type(self)
        if self._maxlen is None:
            return cls(self)
        return cls(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        if self._maxlen is None:
            return (type(self), (), state, iter(list(self)))
        return (type(self), ((), self._maxlen), state, iter(list(self)))

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not '
                            f'"{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self) * _index(n)
        self.clear()
        self.extend(items)
        return self

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __eq__(self, other):
        return self._compare(other, list.__eq__)

    def __ne__(self, other):
        return self._compare(other, list.__ne__)

    def __lt__(self, other):
        return self._compare(other, list.__lt__)

    def __le__(self, other):
        return self._compare(other, list.__le__)

    def __gt__(self, other):
        return self._compare(other, list.__gt__)

    def __ge__(self, other):
        return self._compare(other, list.__ge__)

    __hash__ = None

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            items = repr(list(self))
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({items})'
        return f'{name}({items}, maxlen={self._maxlen})'

    __class_getitem__ = classmethod(_GenericAlias)


deque.__module__ = 'collections'
