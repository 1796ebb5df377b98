"""Priority queues kept as heaps in plain lists, written for gilt.

A heap is a list where heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]
for every k, so heap[0] is the smallest item.  Only `<` is ever used to
compare items.  The sifting strategy is the one CPython uses (a removed
item's hole travels down to a leaf, then the displaced item climbs back),
so the lists end up in exactly the same order as under CPython.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, what):
    if not isinstance(heap, list):
        raise TypeError(f"{what} must be list, not {type(heap).__name__}")


# Min-heap primitives --------------------------------------------------------

def _siftdown(heap, startpos, pos):
    """Move heap[pos] towards the root (not above startpos) while it is
    smaller than its parent."""
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = item


def _siftup(heap, pos):
    """Re-establish the heap below pos: walk the hole at pos down to a leaf
    along the smaller children, then let the item climb back to its place."""
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, startpos, pos)


def heappush(heap, item, /):
    """Add item to the heap."""
    _check_list(heap, 'heappush() argument 1')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Remove the smallest item from the heap and return it."""
    _check_list(heap, 'heappop() argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _siftup(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push item (the heap size
    does not change; the returned value may be larger than item)."""
    _check_list(heap, 'heapreplace() argument 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item (faster
    than heappush() followed by heappop())."""
    _check_list(heap, 'heappushpop() argument 1')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x, /):
    """Rearrange the list x into a heap, in place (linear time)."""
    _check_list(x, 'heapify() argument')
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


# Max-heap primitives (used by merge(reverse=True) and nsmallest) -----------

def _siftdown_max(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < item:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = item


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, startpos, pos)


def _heapify_max(x, /):
    """Rearrange the list x into a max-heap, in place."""
    _check_list(x, '_heapify_max() argument')
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _heappop_max(heap, /):
    """Pop the largest item off a max-heap."""
    _check_list(heap, '_heappop_max() argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _siftup_max(heap, 0)
    return largest


def _heapreplace_max(heap, item, /):
    """Pop the largest item of a max-heap, then push item."""
    _check_list(heap, '_heapreplace_max() argument 1')
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


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
        heapify_entries, fix_top = _heapify_max, _siftup_max
    else:
        heapify_entries, fix_top = heapify, _siftup
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
        fix_top(entries, 0)
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
