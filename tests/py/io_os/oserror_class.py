# OSError(errno, ...) picks the subclass for the errno, and io.UnsupportedOperation is also a ValueError.
import errno
import io
for n in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, errno.EPIPE, errno.EAGAIN, errno.EINVAL):
    e = OSError(n, "message")
    print(type(e).__name__, e.errno, e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    io.StringIO().fileno()
except ValueError as e:
    print("caught as ValueError:", e)
