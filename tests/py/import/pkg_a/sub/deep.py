from . import parent_version
from ..util import helper
from .. import top
NAME = __name__
PKG = __package__
def run():
    return helper(parent_version) + " " + top()
