# The builtin exception hierarchy.
names = ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError", "FloatingPointError",
         "LookupError", "IndexError", "KeyError", "ValueError", "UnicodeError", "UnicodeDecodeError", "TypeError",
         "AttributeError", "NameError", "UnboundLocalError", "OSError", "FileNotFoundError", "PermissionError",
         "RuntimeError", "RecursionError", "NotImplementedError", "StopIteration", "StopAsyncIteration",
         "GeneratorExit", "KeyboardInterrupt", "SystemExit", "AssertionError", "ImportError", "ModuleNotFoundError",
         "SyntaxError", "IndentationError", "TabError", "EOFError", "MemoryError", "BufferError", "Warning",
         "UserWarning", "DeprecationWarning", "ExceptionGroup", "BaseExceptionGroup", "TimeoutError", "ConnectionError",
         "BrokenPipeError", "IsADirectoryError", "LookupError", "ReferenceError", "SystemError"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, "->", " > ".join(c.__name__ for c in cls.__mro__[1:]))
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
