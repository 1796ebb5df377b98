"""ProcessPoolExecutor, which gilt cannot provide: it has no processes."""

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process of a ProcessPoolExecutor ended abruptly."""


class ProcessPoolExecutor(_base.Executor):
    """Exists so that code naming it imports; constructing it fails."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError("gilt has no processes")
