"""The synchronisation objects of the threading module, written for gilt:
the pure-Python reentrant lock, Condition, Semaphore, BoundedSemaphore,
Event and Barrier.

Everything here is built on the plain locks of _thread.  A thread that
has to wait blocks in the acquire of a lock of its own (a "waiter"), with
a timeout when one was asked for: that acquire is where the runtime lets
go of the GIL and can park the thread.

The classes say they belong to `threading`, which is where programs meet
them (their reprs and pickles name that module).
"""

import _thread
from time import monotonic as _time

_allocate_lock = _thread.allocate_lock
_get_ident = _thread.get_ident

__all__ = ['_PyRLock', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Event',
           'Barrier', 'BrokenBarrierError']


def _where(obj):
    """'threading.Name at 0x...', the head of the synchronisation reprs."""
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__} at {id(obj):#x}"


class _RLock:
    """A reentrant lock: the thread that holds it may acquire it again, and
    must release it as many times as it acquired it."""

    __module__ = 'threading'

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        from threading import _active
        owner = self._owner
        if owner in _active:
            owner = _active[owner].name
        state = "locked" if self._block.locked() else "unlocked"
        cls = type(self)
        return (f"<{state} {cls.__module__}.{cls.__qualname__} object "
                f"owner={owner!r} count={self._count} at {id(self):#x}>")

    def acquire(self, blocking=True, timeout=-1):
        me = _get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        got_it = self._block.acquire(blocking, timeout)
        if got_it:
            self._owner = me
            self._count = 1
        return got_it

    __enter__ = acquire

    def release(self):
        if self._owner != _get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # What Condition needs to let go of the lock entirely while it waits,
    # however many times it was acquired, and to take it back afterwards.

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        saved = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return saved

    def _acquire_restore(self, saved):
        self._block.acquire()
        self._count, self._owner = saved

    def _is_owned(self):
        return self._owner == _get_ident()

    def _recursion_count(self):
        return self._count if self._owner == _get_ident() else 0


_PyRLock = _RLock


class Condition:
    """A lock that threads can wait on until another thread notifies them.

    Each waiting thread parks on a fresh lock of its own, which it holds
    and then tries to acquire a second time; notify() releases it.
    """

    __module__ = 'threading'

    def __init__(self, lock=None):
        if lock is None:
            from threading import RLock
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Locks that know how to give themselves up while waiting (RLock)
        # say so; for the others the generic versions below do.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, saved):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its owner: if it can be taken, nobody
        # held it (so neither did we).
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                # Timed out; a notify may have removed us meanwhile.
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true, or the timeout has passed;
        return the predicate's last value."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated('notifyAll', 'notify_all')
        self.notify_all()


def _deprecated(old, new):
    import warnings
    warnings.warn(f'{old}() is deprecated, use {new}() instead',
                  DeprecationWarning, stacklevel=3)


class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero, and
    release() increments."""

    __module__ = 'threading'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(_allocate_lock())
        self._value = value

    def __repr__(self):
        return f"<{_where(self)}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    __module__ = 'threading'

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return f"<{_where(self)}: value={self._value}/{self._initial_value}>"

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads can wait for until another thread sets it."""

    __module__ = 'threading'

    def __init__(self):
        self._cond = Condition(_allocate_lock())
        self._flag = False

    def __repr__(self):
        return f"<{_where(self)}: {'set' if self._flag else 'unset'}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated('isSet', 'is_set')
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


class BrokenBarrierError(RuntimeError):
    __module__ = 'threading'


# A barrier cycles through these states: threads arrive while it is
# FILLING; the last one turns it to DRAINING and they all leave; the last
# to leave makes it FILLING again.  reset() and abort() interrupt a cycle.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """A meeting point for a fixed number of threads: each wait() returns
    once `parties` threads are waiting."""

    __module__ = 'threading'

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(_allocate_lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0     # threads inside wait()

    def __repr__(self):
        if self.broken:
            return f"<{_where(self)}: broken>"
        return f"<{_where(self)}: waiters={self.n_waiting}/{self.parties}>"

    def wait(self, timeout=None):
        """Wait for the other parties; return this thread's arrival index
        (0 to parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._wait_until_filling()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _wait_until_filling(self):
        # Threads of the previous cycle may still be on their way out.
        while self._state in (_DRAINING, _RESETTING):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _trip(self):
        # The last thread to arrive runs the action, then frees the others.
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait_for_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _leave(self):
        # The last thread out starts the next cycle.
        if self._count == 0 and self._state in (_RESETTING, _DRAINING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Return the barrier to its initial state; threads waiting on it
        get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future waits fail until reset()."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        return self._state == _BROKEN
