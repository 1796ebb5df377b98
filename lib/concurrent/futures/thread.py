"""ThreadPoolExecutor, written for gilt.

Submitted calls go into one SimpleQueue shared by the pool's workers.  A
new worker is started for a submit only when no worker is idle (each
worker counts itself idle on `_idle_semaphore` after a call) and the pool
is below max_workers.  None in the queue asks a worker to check whether it
should exit; the worker that exits passes the None on to the next.

Workers are not daemons: at interpreter exit, _python_exit (registered
with threading) wakes them all so that they finish the queued calls and
exit, then joins them.  A worker refers to its executor only weakly, so an
executor that is dropped without shutdown() still lets its workers go.
"""

import os
import queue
import threading
import types
from _weakref import ref as _weakref

from concurrent.futures import _base

_live_workers = {}      # worker Thread -> its pool's queue
_shutdown = False       # the interpreter is exiting
# Taken by submit() too, so that no worker starts once _python_exit looked.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    workers = list(_live_workers.items())
    for worker, work_queue in workers:
        work_queue.put(None)
    for worker, work_queue in workers:
        worker.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    """One submitted call and the future for its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None     # break the cycle through the traceback
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


def _worker(executor_ref, work_queue, initializer, initargs):
    try:
        if initializer is not None:
            try:
                initializer(*initargs)
            except BaseException:
                _base._log_exception('Exception in initializer:', critical=True)
                executor = executor_ref()
                if executor is not None:
                    executor._initializer_failed()
                return
        _serve(executor_ref, work_queue)
    except BaseException:
        _base._log_exception('Exception in worker', critical=True)
    finally:
        _live_workers.pop(threading.current_thread(), None)


def _serve(executor_ref, work_queue):
    """Run calls from the queue until told to exit."""
    while True:
        work_item = work_queue.get(block=True)
        if work_item is not None:
            work_item.run()
            del work_item   # let its future and arguments go while idle
            executor = executor_ref()
            if executor is not None:
                executor._idle_semaphore.release()
            del executor
            continue
        executor = executor_ref()
        if _shutdown or executor is None or executor._shutdown:
            if executor is not None:
                # Later submits must fail: this worker will not serve them.
                executor._shutdown = True
            work_queue.put(None)    # the next worker exits too
            return
        del executor


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed
    initializing."""


_pool_number = 0
_pool_number_lock = threading.Lock()


def _next_pool_number():
    global _pool_number
    with _pool_number_lock:
        number = _pool_number
        _pool_number += 1
        return number


class ThreadPoolExecutor(_base.Executor):
    """Runs the calls submitted to it in a pool of at most `max_workers`
    threads (default min(32, cpu count + 4)); each worker first calls
    initializer(*initargs)."""

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            # Enough for I/O-bound calls, not so many that a big machine
            # gets hundreds of threads.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    "ThreadPoolExecutor-%d" % _next_pool_number())
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return      # an idle worker will take the call

        # Once the executor is gone, wake the workers so that they exit.
        def executor_gone(_, work_queue=self._work_queue):
            work_queue.put(None)

        number = len(self._threads)
        if number < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix or self, number)
            worker = threading.Thread(
                name=name, target=_worker,
                args=(_weakref(self, executor_gone), self._work_queue,
                      self._initializer, self._initargs))
            _live_workers[worker] = self._work_queue
            try:
                worker.start()
            except BaseException:
                del _live_workers[worker]
                raise
            self._threads.add(worker)

    def _drain_queue(self):
        """Take every call not started yet off the queue."""
        while True:
            try:
                work_item = self._work_queue.get_nowait()
            except queue.Empty:
                return
            if work_item is not None:
                yield work_item

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            for work_item in self._drain_queue():
                work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for work_item in self._drain_queue():
                    work_item.future.cancel()
            # Wake a worker blocked in get(); it passes the word on.
            self._work_queue.put(None)
        if wait:
            for worker in self._threads:
                worker.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
