"""Futures, the Executor interface, wait() and as_completed(), written for
gilt.

A Future moves from PENDING to RUNNING to FINISHED, or is CANCELLED while
still pending; the executor turns CANCELLED into CANCELLED_AND_NOTIFIED
when it comes to run the call and finds it cancelled.  wait() and
as_completed() hang a _Waiter on every future they watch; a future that
finishes reports to its waiters, which wake their caller when it has
something to look at.
"""

import collections
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
# Done, and already reported to the waiters.
_SETTLED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError     # the builtin, since Python 3.11


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe
    failure."""


def _log_exception(message, *args, critical=False):
    """Report the exception being handled through the 'concurrent.futures'
    logger, as CPython does; without a logging module, print it the way
    logging's last-resort handler would."""
    try:
        import logging
    except ImportError:
        logging = None
    if logging is None:
        import sys
        import traceback
        print(message % args, file=sys.stderr)
        traceback.print_exc()
        return
    level = logging.CRITICAL if critical else logging.ERROR
    logging.getLogger("concurrent.futures").log(level, message, *args,
                                                 exc_info=True)


# Waiting for several futures ----------------------------------------------

class _Waiter:
    """Collects the futures that finish while wait() or as_completed()
    watches them, and sets `event` when the watcher should have a look:
    at the first one to finish (FIRST_COMPLETED, as_completed), at the
    first failure (FIRST_EXCEPTION), or when none is left pending."""

    def __init__(self, wake_when, pending):
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []
        self._wake_when = wake_when
        self._pending = pending

    def add_result(self, future):
        self._add(future, failed=False)

    def add_exception(self, future):
        self._add(future, failed=True)

    def add_cancelled(self, future):
        self._add(future, failed=False)

    def _add(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            self._pending -= 1
            if (self._wake_when in (FIRST_COMPLETED, _AS_COMPLETED)
                    or (failed and self._wake_when == FIRST_EXCEPTION)
                    or self._pending == 0):
                self.event.set()


class _AllLocked:
    """Holds the conditions of several futures at once, taken in a fixed
    order so that two such holders cannot deadlock."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *exc_info):
        for future in self.futures:
            future._condition.release()


def _install_waiter(futures, return_when):
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
                           _AS_COMPLETED):
        raise ValueError("Invalid return condition: %r" % return_when)
    pending = sum(f._state not in _SETTLED_STATES for f in futures)
    waiter = _Waiter(return_when, pending)
    for future in futures:
        future._waiters.append(waiter)
    return waiter


def _hand_out(finished, waiter, *watched):
    """Yield the futures of `finished` in order, detaching each from the
    waiter and the `watched` sets first: as_completed() keeps no reference
    to a future it has handed out."""
    finished.reverse()
    while finished:
        future = finished[-1]
        for futures in watched:
            futures.remove(future)
        with future._condition:
            future._waiters.remove(waiter)
        del future
        yield finished.pop()


def as_completed(fs, timeout=None):
    """An iterator over the futures of `fs` (duplicates counted once) that
    yields each as it completes, those already done first.

    Iterating raises TimeoutError if `timeout` seconds after this call
    some futures are still unfinished.
    """
    deadline = None if timeout is None else timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AllLocked(fs):
        finished = [f for f in fs if f._state in _SETTLED_STATES]
        pending = fs - set(finished)
        waiter = _install_waiter(fs, _AS_COMPLETED)
    try:
        yield from _hand_out(finished, waiter, fs)
        while pending:
            if deadline is None:
                remaining = None
            else:
                remaining = deadline - time.monotonic()
                if remaining < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(pending), total))
            waiter.event.wait(remaining)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            yield from _hand_out(finished, waiter, fs, pending)
    finally:
        for future in fs:
            with future._condition:
                future._waiters.remove(waiter)


DoneAndNotDoneFutures = collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures of `fs` until `return_when` (FIRST_COMPLETED,
    FIRST_EXCEPTION or ALL_COMPLETED) holds or `timeout` seconds passed;
    return the sets (done, not_done)."""
    fs = set(fs)
    with _AllLocked(fs):
        done = {f for f in fs if f._state in _SETTLED_STATES}
        if done:
            if return_when == FIRST_COMPLETED:
                return DoneAndNotDoneFutures(done, fs - done)
            if return_when == FIRST_EXCEPTION and any(
                    not f.cancelled() and f.exception() is not None
                    for f in done):
                return DoneAndNotDoneFutures(done, fs - done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, fs - done)
        waiter = _install_waiter(fs, return_when)
    waiter.event.wait(timeout)
    for future in fs:
        with future._condition:
            future._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(future, timeout=None):
    try:
        try:
            return future.result(timeout)
        finally:
            future.cancel()
    finally:
        del future      # so a traceback does not keep it alive


# Future -----------------------------------------------------------------

class Future:
    """The result of a call that runs asynchronously."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _log_exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            head = (f"<{type(self).__name__} at {id(self):#x} "
                    f"state={_STATE_TO_DESCRIPTION_MAP[self._state]}")
            if self._state == FINISHED:
                if self._exception:
                    return f"{head} raised {type(self._exception).__name__}>"
                return f"{head} returned {type(self._result).__name__}>"
            return head + ">"

    def cancel(self):
        """Cancel the call if it has not started; return whether the future
        is cancelled now."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True if the call finished or was cancelled."""
        with self._condition:
            return self._state in _DONE_STATES

    def _outcome(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None     # the traceback must not keep a cycle alive
        return self._result

    def add_done_callback(self, fn):
        """Have fn(future) called once the future is done (at once if it is
        already)."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _log_exception('exception calling callback for %r', self)

    def result(self, timeout=None):
        """The call's return value, waiting at most `timeout` seconds for it;
        re-raises the call's exception, CancelledError if cancelled,
        TimeoutError if not done in time."""
        try:
            with self._condition:
                if self._state not in _DONE_STATES:
                    self._condition.wait(timeout)
                if self._state in _CANCELLED_STATES:
                    raise CancelledError()
                if self._state == FINISHED:
                    return self._outcome()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """The call's exception (None if it returned), waiting as result()
        does."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._condition.wait(timeout)
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    # For executors (and tests).

    def set_running_or_notify_cancel(self):
        """Mark the future running and return True, or, if it was
        cancelled, tell its waiters and return False."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            _log_exception('Future %s in unexpected state: %s',
                           id(self), self._state, critical=True)
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                if exception is None:
                    waiter.add_result(self)
                else:
                    waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)

    __class_getitem__ = classmethod(types.GenericAlias)


# Executor ---------------------------------------------------------------

class Executor:
    """The interface of executors: objects that run calls asynchronously."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return a Future for its outcome."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run concurrently; all are
        submitted at once.  The iterator returned raises TimeoutError if a
        result is not there `timeout` seconds after this call, and the
        exception of a call that raised when its result is reached."""
        deadline = None if timeout is None else timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        # A generator of its own, so that the calls start now, not at the
        # first next().
        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if deadline is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(),
                                                deadline - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources once the pending calls are done;
        with wait, return only then.  Further submits are refused."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
