"""Threads and what they synchronise with, written for gilt on top of the
_thread module.

Bookkeeping: a started Thread sits in `_limbo` until its OS thread runs,
then in `_active` (by ident) until it ends.  Each running thread holds a
"sentinel" lock that the runtime releases when the thread is gone; join()
waits by acquiring it.  The sentinels of non-daemon threads are also kept
in `_shutdown_locks`, which is how _shutdown() (called by the interpreter
on exit) waits for them.

The synchronisation objects live in _threading_sync and thread-local data
in _threading_local; they are all importable from here.
"""

import sys as _sys
import _thread
# gilt: start a carrier worker now, so that the first Thread.start() does not wait for one to boot
_thread._prepare_carrier()
from _threading_sync import (_RLock, _PyRLock, Condition, Semaphore, BoundedSemaphore,
                             Event, Barrier, BrokenBarrierError, _deprecated)

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
# gilt: names for -X gilstats / -X giltrace (does nothing without them)
_set_thread_name = _thread._set_thread_name
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
_CRLock = getattr(_thread, 'RLock', None)
# CPython 3.11's _thread does not have this yet (3.12 does); gilt's has.
_daemon_threads_allowed = getattr(_thread, 'daemon_threads_allowed', lambda: True)

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """A new reentrant lock (the native one when _thread has it)."""
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


# Hooks installed into each thread threading starts -------------------------

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Have sys.settrace(func) called in every thread started from now on."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    """Have sys.setprofile(func) called in every thread started from now on."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


# Registries ---------------------------------------------------------------

_active_limbo_lock = _allocate_lock()
_active = {}    # ident -> Thread, for threads that are running
_limbo = {}     # Thread -> Thread, started but not yet running

_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()     # sentinels of the non-daemon threads

_SHUTTING_DOWN = False
_threading_atexits = []

_name_counter = 0
_name_counter_lock = _allocate_lock()


def _newname(template="Thread-%d"):
    """Thread-1, Thread-2, ... (dummy threads share the count)."""
    global _name_counter
    with _name_counter_lock:
        _name_counter += 1
        return template % _name_counter


def _forget_finished_shutdown_locks():
    # Threads nobody joined still left their sentinel here; drop the
    # released ones so the set does not grow with every thread ever run.
    finished = [lock for lock in _shutdown_locks if not lock.locked()]
    _shutdown_locks.difference_update(finished)


# Uncaught exceptions --------------------------------------------------------

class ExceptHookArgs(tuple):
    """What excepthook() receives: exc_type, exc_value, exc_traceback and
    the thread (a struct sequence in CPython, named as it is there)."""

    __slots__ = ()
    __module__ = '_thread'
    __qualname__ = '_ExceptHookArgs'
    _fields = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            f"({len(items)}-sequence given)")
        return tuple.__new__(cls, items)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}'
                           for name, value in zip(self._fields, self))
        return f'_thread._ExceptHookArgs({fields})'

    def __reduce__(self):
        return (type(self), (tuple(self),))


ExceptHookArgs.__name__ = '_ExceptHookArgs'


def excepthook(args, /):
    """Print an exception a thread's run() let out, as CPython does; a
    SystemExit ends its thread silently."""
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    stderr.write(f"Exception in thread {name}:\n")
    exc = args.exc_value
    if exc is not None and exc.__traceback__ is args.exc_traceback:
        # the native printer, as an uncaught exception's (CPython's hook is native too)
        import _gilt_traceback
        stderr.write(_gilt_traceback.format_exception(exc))
    else:
        from traceback import print_exception
        print_exception(args.exc_type, exc, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


# Threads ----------------------------------------------------------------

class Thread:
    """A thread of control: run() (by default target(*args, **kwargs)) runs
    in a new OS thread once start() is called."""

    _initialized = False    # until __init__ ran; subclasses may forget it

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is None:
            daemon = current_thread().daemon
        elif daemon and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr      # for excepthook, should sys.stderr go
        self._local_dicts = {}          # see _threading_local

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "started" if self._started.is_set() else "initial"
        self.is_alive()     # notices a thread that has ended
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap_inner, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """What the thread does; override it, or pass a target."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Break the cycles a target bound to this thread would make.
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self):
        # Runs in the new thread.
        try:
            self._ident = get_ident()
            _set_thread_name(self._ident, self._name)
            self._set_tstate_lock()
            self._native_id = get_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            if _trace_hook is not None and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook is not None and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                self._invoke_excepthook()
        finally:
            _drop_thread_dicts(self)
            with _active_limbo_lock:
                _active.pop(get_ident(), None)

    def _invoke_excepthook(self):
        hook = excepthook if excepthook is not None else __excepthook__
        try:
            args = ExceptHookArgs((*_sys.exc_info(), self))
            hook(args)
        except Exception as exc:
            # The hook itself failed: tell sys.excepthook about that.
            exc.__suppress_context__ = True
            del exc
            print("Exception in threading.excepthook:", file=_sys.stderr,
                  flush=True)
            _sys.excepthook(*_sys.exc_info())
        finally:
            args = None     # it holds the traceback, and so a cycle

    def _set_tstate_lock(self):
        lock = _set_sentinel()
        # CPython hands the sentinel out unlocked; gilt's comes locked.
        if not lock.locked():
            lock.acquire()
        self._tstate_lock = lock
        if not self._daemonic:
            with _shutdown_locks_lock:
                _forget_finished_shutdown_locks()
                _shutdown_locks.add(lock)

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        """Wait (or, with block=False, check) for the thread to end; once
        it has, mark it stopped."""
        lock = self._tstate_lock
        if lock is None:
            return      # stopped already
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    def _stop(self):
        lock = self._tstate_lock
        self._is_stopped = True
        self._tstate_lock = None
        if lock is not None and not self._daemonic:
            with _shutdown_locks_lock:
                _shutdown_locks.discard(lock)

    def join(self, timeout=None):
        """Wait until the thread ends, or until `timeout` seconds passed
        (then check is_alive() to know which)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if self._ident is not None:
            _set_thread_name(self._ident, self._name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # The camelCase spellings of old, deprecated.

    def isDaemon(self):
        _warn_old_accessor('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _warn_old_accessor('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _warn_old_accessor('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _warn_old_accessor('setName() is deprecated, set the name attribute instead')
        self.name = name


def _warn_old_accessor(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after `interval`
    seconds, unless cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread that imported threading (the interpreter's main thread)."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._ident = get_ident()
        _set_thread_name(self._ident, self._name)
        self._native_id = get_native_id()
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread threading did not start (one from
    _thread.start_new_thread): always alive and daemonic, never joinable."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"),
                        daemon=_daemon_threads_allowed())
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


# Module functions -----------------------------------------------------------

def current_thread():
    """The Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated('currentThread', 'current_thread')
    return current_thread()


def main_thread():
    return _main_thread


def enumerate():
    """Every Thread alive: started and not yet ended."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _deprecated('activeCount', 'active_count')
    return active_count()


def _register_atexit(func, *args, **kwargs):
    """Have func(*args, **kwargs) called when the interpreter exits, before
    the non-daemon threads are joined (latest registered first)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*args, **kwargs))


def _shutdown():
    """Called by the interpreter when the main thread is done: run the
    threading atexit callbacks, then wait for every non-daemon thread."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return      # called before
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    if _main_thread.ident == get_ident():
        # Threads joining the main thread may go on.
        _main_thread._tstate_lock.release()
        _main_thread._stop()
    # Threads may start others while we wait: repeat until none is left.
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


from _threading_local import local, _drop_thread_dicts

_main_thread = _MainThread()
