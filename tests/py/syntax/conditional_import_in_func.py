# import statements in various positions and forms.
import math, sys as system
from os import path as p, sep
from collections import (OrderedDict,
                         defaultdict)
print(math.floor(2.5), system.__name__, p.__name__.split(".")[0] in ("posixpath", "ntpath"), sep)
print(OrderedDict.__name__, defaultdict.__name__)
def lazy():
    import json
    return json.dumps([1])
print(lazy())
print("json" in dir())
if True:
    from math import pi
print(round(pi, 3))
import os.path
print(os.path.join("a", "b"))
