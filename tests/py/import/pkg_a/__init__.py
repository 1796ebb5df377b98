print("pkg_a/__init__ running, __name__ =", __name__, "__package__ =", __package__)
VERSION = "1.0"
from .util import helper
def top():
    return "pkg_a.top"
