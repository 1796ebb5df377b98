"""The combinatoric iterators of itertools (product, permutations,
combinations, combinations_with_replacement), written for gilt.

Each keeps the positions of its current selection and advances them in
lexicographic order, as CPython's do.
"""

from operator import index as _index

from _itertools_args import _MISSING, _parse


class product:
    """product(*iterables, repeat=1) --> the cartesian product, like nested
    for-loops (the rightmost element advancing fastest)."""

    __slots__ = ('_pools', '_indices', '_current', '_done')

    def __new__(cls, *iterables, **kwargs):
        repeat = 1
        for key, value in kwargs.items():
            if key != 'repeat':
                raise TypeError(f"'{key}' is an invalid keyword argument "
                                f"for product()")
            repeat = _index(value)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(iterable) for iterable in iterables] * repeat
        self = object.__new__(cls)
        self._pools = pools
        self._indices = None        # None until the first product is made
        self._current = None
        self._done = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if indices is None:
            for pool in pools:
                if not pool:
                    self._done = True
                    raise StopIteration
            self._indices = [0] * len(pools)
            self._current = [pool[0] for pool in pools]
            return tuple(self._current)
        current = self._current
        # Advance the odometer: the rightmost wheel first.
        position = len(pools) - 1
        while position >= 0:
            pool = pools[position]
            i = indices[position] + 1
            if i < len(pool):
                indices[position] = i
                current[position] = pool[i]
                return tuple(current)
            indices[position] = 0
            current[position] = pool[0]
            position -= 1
        self._done = True
        raise StopIteration


class permutations:
    """permutations(iterable, r=None) --> successive r-length permutations
    of the elements, in lexicographic order of their positions."""

    __slots__ = ('_pool', '_r', '_indices', '_used', '_done')

    def __new__(cls, *args, **kwargs):
        iterable, r = _parse('permutations', args, kwargs,
                             ('iterable', 'r'), 1)
        pool = tuple(iterable)
        if r is _MISSING or r is None:
            r = len(pool)
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        if r < 0:
            raise ValueError('r must be non-negative')
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = None
        self._used = None
        self._done = r > len(pool)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        if indices is None:
            r = self._r
            self._indices = indices = list(range(r))
            self._used = [i < r for i in range(len(pool))]
            return tuple([pool[i] for i in indices])
        used = self._used
        n = len(pool)
        r = self._r
        # Find the rightmost position that can take a larger unused index,
        # then refill the positions after it with the smallest unused ones.
        position = r - 1
        while position >= 0:
            current = indices[position]
            used[current] = False
            candidate = current + 1
            while candidate < n and used[candidate]:
                candidate += 1
            if candidate < n:
                indices[position] = candidate
                used[candidate] = True
                free = 0
                for fill in range(position + 1, r):
                    while used[free]:
                        free += 1
                    indices[fill] = free
                    used[free] = True
                return tuple([pool[i] for i in indices])
            position -= 1
        self._done = True
        raise StopIteration


class combinations:
    """combinations(iterable, r) --> successive r-length combinations of
    the elements, in lexicographic order of their positions."""

    __slots__ = ('_pool', '_r', '_indices', '_done')

    def __new__(cls, *args, **kwargs):
        iterable, r = _parse('combinations', args, kwargs,
                             ('iterable', 'r'), 2)
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = None
        self._done = r > len(pool)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        if indices is None:
            self._indices = indices = list(range(self._r))
            return tuple([pool[i] for i in indices])
        r = self._r
        top = len(pool) - r     # indices[i] can go up to i + top
        position = r - 1
        while position >= 0 and indices[position] == position + top:
            position -= 1
        if position < 0:
            self._done = True
            raise StopIteration
        value = indices[position]
        for fill in range(position, r):
            value += 1
            indices[fill] = value
        return tuple([pool[i] for i in indices])


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r) --> successive r-length
    combinations allowing individual elements to repeat."""

    __slots__ = ('_pool', '_r', '_indices', '_done')

    def __new__(cls, *args, **kwargs):
        iterable, r = _parse('combinations_with_replacement', args, kwargs,
                             ('iterable', 'r'), 2)
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = None
        self._done = not pool and r > 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        if indices is None:
            self._indices = indices = [0] * self._r
            return tuple([pool[i] for i in indices])
        r = self._r
        last = len(pool) - 1
        position = r - 1
        while position >= 0 and indices[position] == last:
            position -= 1
        if position < 0:
            self._done = True
            raise StopIteration
        value = indices[position] + 1
        for fill in range(position, r):
            indices[fill] = value
        return tuple([pool[i] for i in indices])


for _cls in (product, permutations, combinations,
             combinations_with_replacement):
    _cls.__module__ = 'itertools'
del _cls
