# OSError(errno, ...) picks the errno subclass in __new__; subclasses keep their class; IOError is OSError.
class MyErr(OSError):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
e = MyErr(2, 'x', 'f')
print(type(e).__name__, e, e.args, e.filename, e.extra)
print(type(OSError(2)).__name__, type(OSError('a', 'b')).__name__, type(OSError(2, 'b', 'c', None, 'd')).__name__, OSError(2, 'b', 'c', None, 'd'))
print(type(OSError(999, 'x')).__name__, repr(FileNotFoundError(17, 'x')), OSError.__new__(OSError, 2, 'x'))
print(type(OSError.__new__(OSError, 2, 'x')).__name__, IOError is OSError if 'IOError' in dir(__builtins__) else None)
class U(OSError, ValueError):
    pass
print([c.__name__ for c in U.__mro__])
try:
    class Bad(OSError, ImportError):
        pass
except TypeError as e:
    print("TypeError:", e)
import io
print(issubclass(io.UnsupportedOperation, ValueError), EnvironmentError is OSError)
