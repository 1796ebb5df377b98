# Helper (not a test): a scratch directory under /tmp, and its removal.
import os


def make():
    base = os.path.join("/tmp", "gilt_io_os_%d" % os.getpid())
    os.mkdir(base)
    return base


def remove(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            path = os.path.join(root, name)
            if os.path.islink(path):
                os.remove(path)
            else:
                os.rmdir(path)
    os.rmdir(base)
