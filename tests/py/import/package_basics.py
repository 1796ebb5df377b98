# Importing a package runs its __init__ once; submodules bind onto the parent.
import pkg_a
print(pkg_a.VERSION, pkg_a.top(), pkg_a.helper("x"), pkg_a.util.helper("y"))
import pkg_a
import pkg_a.util
print(pkg_a.__name__, pkg_a.__package__, pkg_a.util.__name__, pkg_a.util.__package__)
import pkg_a.sub.deep
print(pkg_a.sub.deep.NAME, pkg_a.sub.deep.PKG, pkg_a.sub.parent_version, pkg_a.sub.deep.run())
import pkg_a.sub.deep as deep_alias
from pkg_a.sub import deep
print(deep_alias is deep, deep is pkg_a.sub.deep)
from pkg_a import util as u, VERSION
print(u.helper(VERSION), hasattr(pkg_a, "sub"), "sub" in dir(pkg_a))
print(hasattr(pkg_a, "__path__"), hasattr(pkg_a.util, "__path__"), pkg_a.__spec__.name, pkg_a.util.__spec__.parent)
