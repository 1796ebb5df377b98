# from module import * honours __all__ and otherwise skips underscore names.
from pkg_star import *
print(public, also_public)
try:
    not_listed
except NameError as e:
    print("NameError:", e)
from pkg_star.noall import *
print(visible)
print("_hidden" in dir(), "_math_alias" in dir())
import pkg_star
print(pkg_star.not_listed, pkg_star._underscore, sorted(pkg_star.__all__))
