"""Functions creating iterators for efficient looping, written for gilt.

Every iterator is a class (as in CPython, so isinstance checks, reprs and
subclassing work) whose __next__ keeps its state in slots.  Arguments are
checked when the iterator is created, with CPython's error messages.
"""

from sys import maxsize as _MAXSIZE
from operator import index as _index

__all__ = ['accumulate', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']

from _itertools_args import _MISSING, _is_number, _parse, _positional
from _itertools_combinatorics import (
    product, permutations, combinations, combinations_with_replacement)


# Infinite iterators ------------------------------------------------------------

class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    __slots__ = ('_value', '_step')

    def __new__(cls, *args, **kwargs):
        start, step = _parse('count', args, kwargs, ('start', 'step'), 0)
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self = object.__new__(cls)
        self._value = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return f'{type(self).__name__}({self._value!r})'
        return f'{type(self).__name__}({self._value!r}, {step!r})'

    def __reduce__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return (type(self), (self._value,))
        return (type(self), (self._value, step))


class cycle:
    """cycle(iterable) --> the elements of iterable, then again, forever."""

    __slots__ = ('_it', '_saved', '_index')

    def __new__(cls, *args, **kwargs):
        iterable, = _positional('cycle', args, kwargs, 1)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._saved = []
        self._index = -1        # -1 while still reading the iterable
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._index < 0:
            try:
                item = next(self._it)
            except StopIteration:
                if not self._saved:
                    raise
                self._index = 0
                self._it = None
            else:
                self._saved.append(item)
                return item
        saved = self._saved
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat:
    """repeat(object [,times]) --> object, object, ... forever, or the
    given number of times."""

    __slots__ = ('_object', '_times')

    def __new__(cls, *args, **kwargs):
        obj, times = _parse('repeat', args, kwargs, ('object', 'times'), 1)
        self = object.__new__(cls)
        self._object = obj
        if times is _MISSING:
            self._times = None
        else:
            self._times = max(0, _index(times))
        return self

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'{type(self).__name__}({self._object!r})'
        return f'{type(self).__name__}({self._object!r}, {self._times})'

    def __reduce__(self):
        if self._times is None:
            return (type(self), (self._object,))
        return (type(self), (self._object, self._times))


# Iterators terminating on the shortest input ----------------------------------

class accumulate:
    """accumulate(iterable[, func, *, initial=None]) --> running totals
    (or running results of func)."""

    __slots__ = ('_it', '_func', '_total', '_initial')

    def __new__(cls, *args, **kwargs):
        iterable, func, initial = _parse(
            'accumulate', args, kwargs, ('iterable', 'func', 'initial'), 1)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._func = None if func is _MISSING else func
        self._total = _MISSING
        self._initial = None if initial is _MISSING else initial
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        total = self._total
        if total is _MISSING:
            total = value
        elif self._func is None:
            total = total + value
        else:
            total = self._func(total, value)
        self._total = total
        return total


class chain:
    """chain(*iterables) --> the elements of the first iterable, then of
    the next, until all are exhausted."""

    __slots__ = ('_source', '_active')

    def __new__(cls, *iterables, **kwargs):
        if kwargs and cls is chain:
            raise TypeError('chain() takes no keyword arguments')
        self = object.__new__(cls)
        self._source = iter(iterables)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, *args):
        """chain.from_iterable(iterable) --> the elements of each iterable
        that `iterable` produces, lazily."""
        if len(args) != 1:
            raise TypeError(f'chain.from_iterable() takes exactly one '
                            f'argument ({len(args)} given)')
        self = object.__new__(cls)
        self._source = iter(args[0])
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is None:
                source = self._source
                if source is None:
                    raise StopIteration
                try:
                    active = self._active = iter(next(source))
                except StopIteration:
                    self._source = None
                    raise
            try:
                return next(active)
            except StopIteration:
                self._active = None

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


class compress:
    """compress(data, selectors) --> the items of data whose selector is
    true."""

    __slots__ = ('_data', '_selectors')

    def __new__(cls, *args, **kwargs):
        data, selectors = _parse('compress', args, kwargs,
                                 ('data', 'selectors'), 2)
        self = object.__new__(cls)
        self._data = iter(data)
        self._selectors = iter(selectors)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            item = next(data)
            if next(selectors):
                return item


class dropwhile:
    """dropwhile(predicate, iterable) --> skip items while predicate(item)
    is true, then everything after."""

    __slots__ = ('_predicate', '_it', '_dropping')

    def __new__(cls, *args, **kwargs):
        predicate, iterable = _positional('dropwhile', args, kwargs, 2)
        self = object.__new__(cls)
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if self._dropping:
            predicate = self._predicate
            while True:
                item = next(it)
                if not predicate(item):
                    self._dropping = False
                    return item
        return next(it)


class takewhile:
    """takewhile(predicate, iterable) --> items while predicate(item) is
    true."""

    __slots__ = ('_predicate', '_it', '_done')

    def __new__(cls, *args, **kwargs):
        predicate, iterable = _positional('takewhile', args, kwargs, 2)
        self = object.__new__(cls)
        self._predicate = predicate
        self._it = iter(iterable)
        self._done = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse:
    """filterfalse(function or None, iterable) --> the items for which
    function(item) is false (the false items if function is None)."""

    __slots__ = ('_function', '_it')

    def __new__(cls, *args, **kwargs):
        function, iterable = _positional('filterfalse', args, kwargs, 2)
        self = object.__new__(cls)
        self._function = function
        self._it = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        function = self._function
        if function is None:
            while True:
                item = next(it)
                if not item:
                    return item
        while True:
            item = next(it)
            if not function(item):
                return item


class starmap:
    """starmap(function, iterable) --> function(*args) for each args."""

    __slots__ = ('_function', '_it')

    def __new__(cls, *args, **kwargs):
        function, iterable = _positional('starmap', args, kwargs, 2)
        self = object.__new__(cls)
        self._function = function
        self._it = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._function(*args)


class pairwise:
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""

    __slots__ = ('_it', '_previous')

    def __new__(cls, *args, **kwargs):
        iterable, = _positional('pairwise', args, kwargs, 1)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._previous = _MISSING
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            previous = self._previous
            if previous is _MISSING:
                previous = next(it)
            item = next(it)
        except StopIteration:
            self._it = None
            self._previous = _MISSING
            raise
        self._previous = item
        return (previous, item)


_SLICE_STOP_ERROR = ('Stop argument for islice() must be None or an '
                     'integer: 0 <= x <= sys.maxsize.')
_SLICE_INDEX_ERROR = ('Indices for islice() must be None or an integer: '
                      '0 <= x <= sys.maxsize.')


def _slice_bound(value, message):
    if value is None:
        return None
    try:
        value = _index(value)
    except TypeError:
        raise ValueError(message) from None
    if not 0 <= value <= _MAXSIZE:
        raise ValueError(message)
    return value


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step])
    --> the selected items of iterable, like a slice of a list."""

    __slots__ = ('_it', '_next', '_stop', '_step', '_count')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is islice:
            raise TypeError('islice() takes no keyword arguments')
        _positional('islice', args, {}, 2, 4)
        iterable = args[0]
        start = 0
        step = 1
        if len(args) == 2:
            stop = _slice_bound(args[1], _SLICE_STOP_ERROR)
        else:
            stop = _slice_bound(args[2], _SLICE_STOP_ERROR)
            start = _slice_bound(args[1], _SLICE_INDEX_ERROR) or 0
            if len(args) == 4 and args[3] is not None:
                try:
                    step = _index(args[3])
                except TypeError:
                    step = 0
                if step < 1:
                    raise ValueError('Step for islice() must be a positive '
                                     'integer or None.')
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._next = start      # index of the next item to produce
        self._stop = stop       # None: no end
        self._step = step
        self._count = 0         # items consumed from the iterable so far
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            stop = self._stop
            if stop is not None and self._count >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        following = self._next + self._step
        if stop is not None and following > stop:
            following = stop
        self._next = following
        return item


class zip_longest:
    """zip_longest(*iterables, fillvalue=None) --> tuples of the i-th items
    of each iterable, fillvalue standing in for exhausted ones, until all
    are exhausted."""

    __slots__ = ('_its', '_active', '_fillvalue')

    def __new__(cls, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) > 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword '
                                'argument')
            fillvalue = kwargs['fillvalue']
        self = object.__new__(cls)
        self._its = [iter(iterable) for iterable in iterables]
        self._active = len(self._its)
        self._fillvalue = fillvalue
        return self

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        items = []
        for position, it in enumerate(its):
            if it is None:
                items.append(self._fillvalue)
                continue
            try:
                items.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                its[position] = None
                items.append(self._fillvalue)
        return tuple(items)


# groupby ------------------------------------------------------------------------

class groupby:
    """groupby(iterable, key=None) --> (key, group iterator) for each run
    of consecutive items with equal key(item)."""

    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue',
                 '_currgrouper')

    def __new__(cls, *args, **kwargs):
        iterable, key = _parse('groupby', args, kwargs, ('iterable', 'key'), 1)
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._keyfunc = None if key is _MISSING else key
        self._tgtkey = _MISSING     # key of the group handed out last
        self._currkey = _MISSING    # key of the item read last
        self._currvalue = _MISSING  # item read last, unless a group took it
        self._currgrouper = None
        return self

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def __next__(self):
        # Handing out a new group invalidates the previous one.
        self._currgrouper = None
        while True:
            if self._currkey is _MISSING:
                self._step()
            elif self._tgtkey is _MISSING:
                break
            elif not self._tgtkey == self._currkey:
                break
            else:
                self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    """One group of a groupby: valid until the groupby moves on."""

    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        if not self._tgtkey == parent._currkey:
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        return value


# tee --------------------------------------------------------------------------

class _TeeLink:
    """A node of the buffer shared by tee iterators: `value` is the item
    and `next` the following node, None until someone reads further."""

    __slots__ = ('value', 'next')

    def __init__(self, value):
        self.value = value
        self.next = None


class _TeeSource:
    __slots__ = ('it',)

    def __init__(self, it):
        self.it = it


class _tee:
    """Iterator wrapped to make it copyable."""

    __slots__ = ('_source', '_link')

    def __new__(cls, iterable):
        self = object.__new__(cls)
        self._source = _TeeSource(iter(iterable))
        self._link = _TeeLink(None)     # sentinel before the first item
        return self

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link.next
        if link is None:
            link = _TeeLink(next(self._source.it))
            self._link.next = link
        self._link = link
        return link.value

    def __copy__(self):
        other = object.__new__(type(self))
        other._source = self._source
        other._link = self._link
        return other


def tee(*args, **kwargs):
    """tee(iterable, n=2) --> tuple of n independent iterators."""
    _positional('tee', args, kwargs, 1, 2)
    n = _index(args[1]) if len(args) == 2 else 2
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(args[0])
    if n == 0:
        return ()
    copier = getattr(it, '__copy__', None)
    if copier is None:
        first = _tee(it)
        copier = first.__copy__
    else:
        first = it
    return (first,) + tuple([copier() for _ in range(n - 1)])


def _generic_alias(cls, item):
    from types import GenericAlias
    return GenericAlias(cls, item)
