"""Abstract Base Classes (PEP 3119), written for gilt.

Each class made by ABCMeta carries its own bookkeeping in `_abc_impl`:
the classes registered as virtual subclasses, a positive cache and a
negative cache.  The negative cache is only trusted while no `register()`
happened anywhere since it was filled (tracked by a global counter).
Registered classes are held strongly: gilt has no cheap weak sets here,
and classes are rarely short-lived.
"""


def abstractmethod(funcobj):
    """Mark a method as abstract: a class with such a method can't be
    instantiated until a subclass overrides it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod with abstractmethod instead."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod with abstractmethod instead."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property with abstractmethod instead."""

    __isabstractmethod__ = True


# Bumped by every register(); negative caches older than this are stale.
_invalidation_counter = 0


def get_cache_token():
    """Return a token that changes whenever an ABC registers a class."""
    return _invalidation_counter


class _abc_data:
    """Per-class registry and caches (CPython shows `_abc._abc_data`)."""

    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version')

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _invalidation_counter


def _compute_abstracts(cls, namespace_items):
    abstracts = set()
    for name, value in namespace_items:
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    # Inherited abstract names stay abstract unless overridden concretely.
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for Abstract Base Classes.

    Use it to create an ABC; an ABC can be subclassed directly and acts as a
    mix-in, and unrelated concrete classes (even built-in ones) can be
    registered as "virtual subclasses" with register().
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items())
        cls._abc_impl = _abc_data()
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC.  Returns
        subclass, so register can decorate a class."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        # Registering an ancestor of cls would make each a subclass of the other.
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _invalidation_counter += 1
        # Registering with Sequence or Mapping makes a class match as one
        # in a match statement: pass the flag on (see collections.abc).
        flags = getattr(cls, '__abc_tpflags__', 0)
        if flags and not getattr(subclass, '__abc_tpflags__', 0):
            try:
                subclass.__abc_tpflags__ = flags
            except (TypeError, AttributeError):
                pass    # a built-in type: the runtime knows its kind
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), counting virtual subclasses."""
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_version == _invalidation_counter
                    and subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls), counting virtual subclasses and
        __subclasshook__."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version < _invalidation_counter:
            impl.negative_cache = set()
            impl.negative_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if answer:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return answer
        if cls in subclass.__mro__ or _is_virtual_subclass(cls, impl, subclass):
            impl.cache.add(subclass)
            return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: print the ABC's registry and caches."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = cls._abc_impl
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_version!r}",
              file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def _is_virtual_subclass(cls, impl, subclass):
    # Registered classes and their subclasses, then real subclasses of cls
    # (which may themselves be ABCs with registries of their own).
    for registered in impl.registry:
        if issubclass(subclass, registered):
            return True
    for real_subclass in type.__subclasses__(cls):
        if issubclass(subclass, real_subclass):
            return True
    return False


def update_abstractmethods(cls):
    """Recompute an ABC's abstract methods after it was changed (for
    instance by a class decorator adding implementations).  Returns cls."""
    if not hasattr(cls, '__abstractmethods__'):
        # Not an abstract class (or one we do not manage): nothing to do.
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__.items())
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: inherit from ABC instead of writing metaclass=ABCMeta."""
    __slots__ = ()


# CPython's object.__new__ refuses to instantiate a class whose
# __abstractmethods__ is non-empty.  If the runtime does not do that itself,
# ABCMeta enforces it when the class is called.
def _runtime_checks_abstract():
    probe = type('_probe', (), {})
    try:
        probe.__abstractmethods__ = frozenset(('x',))
        probe()
    except TypeError:
        return True
    except Exception:
        return False
    return False


def _checked_call(cls, *args, **kwargs):
    abstracts = getattr(cls, '__abstractmethods__', ())
    if abstracts:
        names = sorted(abstracts)
        plural = "s" if len(names) > 1 else ""
        raise TypeError(
            f"Can't instantiate abstract class {cls.__name__} "
            f"with abstract method{plural} {', '.join(names)}")
    return type.__call__(cls, *args, **kwargs)


if not _runtime_checks_abstract():
    ABCMeta.__call__ = _checked_call
