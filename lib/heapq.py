"""Priority queues kept as heaps in plain lists.

A heap is a list where heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]
for every k, so heap[0] is the smallest item.  Only `<` is ever used to
compare items.  The primitives (heappush, heappop, heapify, heapreplace,
heappushpop and the max-heap helpers) are native, in _heapq: each call is
one atomic step for threads, as in CPython.  merge, nsmallest and nlargest
are built on them here.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heapify_max, _heappop_max, _heapreplace_max)


# Higher-level functions -------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (a generator).

    Like sorted(itertools.chain(*iterables)) but lazy; equal items come out
    in the order of the iterables that produced them.  With reverse=True
    the inputs must be sorted from largest to smallest."""
    # Entries are [sort key, tie-breaker, value, next]; the tie-breaker is
    # unique, so values and functions are never compared.
    direction = -1 if reverse else 1
    entries = []
    for order, iterable in enumerate(iterables):
        next_item = iter(iterable).__next__
        try:
            value = next_item()
        except StopIteration:
            continue
        sort_key = value if key is None else key(value)
        entries.append([sort_key, order * direction, value, next_item])
    if reverse:
        heapify_entries, replace_top = _heapify_max, _heapreplace_max
    else:
        heapify_entries, replace_top = heapify, heapreplace
    heapify_entries(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        try:
            value = entry[3]()
        except StopIteration:
            if reverse:
                _heappop_max(entries)
            else:
                heappop(entries)
            continue
        entry[0] = value if key is None else key(value)
        entry[2] = value
        replace_top(entries, entry)  # the top entry changed: sift it into place
    if entries:
        # One input left: no more comparisons needed.
        entry = entries[0]
        yield entry[2]
        next_item = entry[3]
        while True:
            try:
                value = next_item()
            except StopIteration:
                return
            yield value


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable (by key), smallest first; the
    same list as sorted(iterable, key=key)[:n]."""
    if n == 1:
        missing = object()
        result = min(iter(iterable), default=missing, key=key)
        return [] if result is missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # Keep the n best so far in a max-heap of (key, arrival order, item):
    # its top is the current worst, evicted by anything strictly smaller.
    it = iter(iterable)
    if key is None:
        best = [(item, order, item) for order, item in zip(range(n), it)]
    else:
        best = [(key(item), order, item) for order, item in zip(range(n), it)]
    if not best:
        return best
    _heapify_max(best)
    worst = best[0][0]
    order = n
    for item in it:
        item_key = item if key is None else key(item)
        if item_key < worst:
            _heapreplace_max(best, (item_key, order, item))
            worst = best[0][0]
            order += 1
    best.sort()
    return [entry[2] for entry in best]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable (by key), largest first; the
    same list as sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        missing = object()
        result = max(iter(iterable), default=missing, key=key)
        return [] if result is missing else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # A min-heap of (key, -arrival order, item): its top is the current
    # worst; negated order makes earlier items win ties.
    it = iter(iterable)
    if key is None:
        best = [(item, -order, item) for order, item in zip(range(n), it)]
    else:
        best = [(key(item), -order, item)
                for order, item in zip(range(n), it)]
    if not best:
        return best
    heapify(best)
    worst = best[0][0]
    order = -n
    for item in it:
        item_key = item if key is None else key(item)
        if worst < item_key:
            heapreplace(best, (item_key, order, item))
            worst = best[0][0]
            order -= 1
    best.sort(reverse=True)
    return [entry[2] for entry in best]
