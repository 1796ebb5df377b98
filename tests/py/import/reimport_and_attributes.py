# Importing the same module under several names binds the same object.
import pkg_star
import pkg_star as alias
from pkg_star import public
import sys
print(pkg_star is alias, public is pkg_star.public, sys.modules["pkg_star"] is pkg_star)
print(pkg_star.__name__, type(pkg_star).__name__, hasattr(pkg_star, "__file__"), pkg_star.__file__.endswith("__init__.py"))
print(sorted(k for k in vars(pkg_star) if not k.startswith("__")))
pkg_star.added = "runtime attribute"
import pkg_star as again
print(again.added)
