"""Queues for passing items between threads, written for gilt.

Queue, LifoQueue and PriorityQueue keep their items in `self.queue` and
guard it with one mutex shared by three conditions: not_empty (getters
wait on it), not_full (putters wait on it) and all_tasks_done (join()
waits on it).  Subclasses change the order by overriding _init, _qsize,
_put and _get.  SimpleQueue has no size limit and no task tracking, and
its put() never blocks, so it may be called from anywhere (a __del__
method, a weakref callback).
"""

import _thread
import threading
import types
from collections import deque
from heapq import heappush, heappop
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    # CPython defines it in its native _queue module.
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait_while(condition, still_waiting, block, timeout, error):
    """With `condition` held, wait until still_waiting() is false; raise
    `error` if that does not happen at once (block false) or in time."""
    if not block:
        if still_waiting():
            raise error
    elif timeout is None:
        while still_waiting():
            condition.wait()
    else:
        _check_timeout(timeout)
        deadline = _time() + timeout
        while still_waiting():
            remaining = deadline - _time()
            if remaining <= 0.0:
                raise error
            condition.wait(remaining)


class Queue:
    """A first-in first-out queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Say that an item taken with get() has been dealt with; join()
        returns once every item put has been."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Wait until every item put has been got and marked task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add an item; if the queue is full, wait (at most `timeout`
        seconds) for room, or raise Full at once if block is false."""
        with self.not_full:
            if self.maxsize > 0:
                _wait_while(self.not_full, self._is_full, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item; if there is none, wait (at most
        `timeout` seconds) for one, or raise Empty at once if block is
        false."""
        with self.not_empty:
            _wait_while(self.not_empty, self._is_empty, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _is_full(self):
        return self._qsize() >= self.maxsize

    def _is_empty(self):
        return not self._qsize()

    # The storage; called with the mutex held.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    """Items come out smallest first (entries are often (priority, data))."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Items come out last in, first out."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in first-out queue with no task tracking.

    put() only appends to the `_incoming` list and wakes a getter, so it
    never waits for anything.  Getters take turns (`_get_turn`) and serve
    themselves from `_outgoing`, refilled from `_incoming` when it runs out.
    A getter finding both empty sleeps on `_wakeup`, a lock that is kept
    locked and that put() releases.
    """

    # CPython's is native, from _queue.
    __module__ = '_queue'

    def __init__(self):
        self._incoming = []
        self._outgoing = []     # oldest last
        self._get_turn = _thread.allocate_lock()
        self._wakeup = _thread.allocate_lock()
        self._wakeup.acquire()

    def put(self, item, block=True, timeout=None):
        """Add an item (block and timeout are accepted for compatibility
        with Queue.put, and ignored)."""
        self._incoming.append(item)
        try:
            self._wakeup.release()
        except RuntimeError:
            pass    # already released, and not yet taken back by a getter

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Remove and return an item; if there is none, wait (at most
        `timeout` seconds) for one, or raise Empty at once if block is
        false."""
        if not block:
            timeout = 0
        _check_timeout(timeout)
        deadline = None if timeout is None else _time() + timeout
        if not self._get_turn.acquire(True, -1 if timeout is None else timeout):
            raise Empty
        try:
            while not self._outgoing:
                if self._incoming:
                    self._refill()
                    break
                if deadline is None:
                    self._wakeup.acquire()
                else:
                    remaining = deadline - _time()
                    if remaining <= 0 or not self._wakeup.acquire(True, remaining):
                        raise Empty
            return self._outgoing.pop()
        finally:
            self._get_turn.release()

    def get_nowait(self):
        return self.get(block=False)

    def _refill(self):
        # Only puts run meanwhile, and they only append: take what is there.
        batch = self._incoming[:]
        del self._incoming[:len(batch)]
        batch.reverse()
        self._outgoing = batch

    def empty(self):
        return not (self._incoming or self._outgoing)

    def qsize(self):
        return len(self._incoming) + len(self._outgoing)

    __class_getitem__ = classmethod(types.GenericAlias)
