"""threading.local, written for gilt: an object whose attributes each
thread sees separately.

Every local keeps one attribute dict per thread, keyed by the thread's
Thread object.  Attribute access does what object's generic lookup does,
with the calling thread's dict standing in for the instance dict: data
descriptors of the class first, then the thread's dict, then the rest of
the class.  Nothing is swapped in and out, so no lock is needed.

A thread's dicts go when the thread ends (the thread removes itself from
every local it used) or when the local goes, whichever comes first.
"""

from _weakref import ref as _weakref

__all__ = ['local']


class _PerThreadDicts(dict):
    """{Thread: attribute dict} of one local; a dict subclass so that
    threads can refer to it weakly."""
    __slots__ = ('__weakref__',)


class _LocalState:
    """What a local remembers besides its dicts: the arguments to replay to
    __init__ when a new thread first touches it."""
    __slots__ = ('args', 'kwargs', 'dicts')

    def __init__(self, args, kwargs):
        self.args = args
        self.kwargs = kwargs
        self.dicts = _PerThreadDicts()


def _thread_dict(self):
    """The calling thread's attribute dict of local `self`; a thread that
    has not used it before gets a fresh dict and runs __init__."""
    thread = current_thread()
    state = object.__getattribute__(self, '_local__state')
    d = state.dicts.get(thread)
    if d is None:
        d = _new_dict(state, thread)
        type(self).__init__(self, *state.args, **state.kwargs)
    return d


def _new_dict(state, thread):
    d = state.dicts[thread] = {}
    # The thread remembers the local's dicts weakly, by the weakref's id,
    # and forgets them when the local goes.
    entries = thread._local_dicts
    dicts_ref = _weakref(state.dicts, lambda ref: entries.pop(id(ref), None))
    entries[id(dicts_ref)] = dicts_ref
    return d


def _drop_thread_dicts(thread):
    """Called by a thread that is ending: forget its dicts in every local."""
    for dicts_ref in list(thread._local_dicts.values()):
        dicts = dicts_ref()
        if dicts is not None:
            dicts.pop(thread, None)
    thread._local_dicts.clear()


def _class_attribute(cls, name):
    for klass in cls.__mro__:
        try:
            return klass.__dict__[name]
        except KeyError:
            pass
    return _MISSING


_MISSING = object()


class _Slotted:
    __slots__ = ('slot',)


# Slots and attributes of builtin types are always data descriptors: know
# them by type (not every runtime shows their __set__).
_ALWAYS_DATA = (type(_Slotted.__dict__['slot']),
                type(object.__dict__['__class__']))


def _is_data_descriptor(attr):
    if isinstance(attr, _ALWAYS_DATA):
        return True
    kind = type(attr)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def _no_attribute(self, name):
    return AttributeError(f"'{_type_name(self)}' object has no attribute '{name}'")


def _type_name(self):
    cls = type(self)
    return '_thread._local' if cls is local else cls.__name__


class local:
    """Thread-local data: attributes set in one thread are not seen by the
    others.  A subclass's __init__ runs again, with the arguments given at
    creation, in each thread that uses the object."""

    __slots__ = ('_local__state', '__weakref__')
    # Named as CPython names its native class.
    __module__ = '_thread'
    __qualname__ = '_local'

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        state = _LocalState(args, kwargs)
        object.__setattr__(self, '_local__state', state)
        # The creating thread's __init__ call is the one type() makes.
        _new_dict(state, current_thread())
        return self

    # The instance's own __dict__ (subclasses have one) always stays empty,
    # so once the thread's dict has had its say, object's generic lookup
    # finds exactly the class attributes and descriptors.

    def __getattribute__(self, name):
        d = _thread_dict(self)
        if name == '__dict__':
            return d
        attr = _class_attribute(type(self), name)
        if attr is _MISSING or not _is_data_descriptor(attr):
            try:
                return d[name]
            except KeyError:
                pass
            if attr is _MISSING:
                raise _no_attribute(self, name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        d = _thread_dict(self)
        if name == '__dict__':
            raise AttributeError(
                f"'{_type_name(self)}' object attribute '__dict__' is read-only")
        attr = _class_attribute(type(self), name)
        if attr is not _MISSING and _is_data_descriptor(attr):
            object.__setattr__(self, name, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        d = _thread_dict(self)
        if name == '__dict__':
            raise AttributeError(
                f"'{_type_name(self)}' object attribute '__dict__' is read-only")
        attr = _class_attribute(type(self), name)
        if attr is not _MISSING and _is_data_descriptor(attr):
            object.__delattr__(self, name)
            return
        try:
            del d[name]
        except KeyError:
            raise _no_attribute(self, name) from None


local.__name__ = '_local'

# Imported last: threading imports this module once current_thread exists,
# and this module may be imported first too.
from threading import current_thread
