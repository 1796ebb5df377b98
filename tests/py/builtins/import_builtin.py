# __import__ and importlib.import_module.
m = __import__("math")
print(m.__name__, m.sqrt(16))
op = __import__("os.path")
print(op.__name__)
sub = __import__("os.path", fromlist=["join"])
print(sub.__name__ in ("posixpath", "ntpath"))
import importlib
j = importlib.import_module("json")
print(j.dumps({"a": 1}))
c = importlib.import_module(".abc", "collections")
print(c.__name__)
try:
    importlib.import_module("definitely_not_a_module")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
import sys
print("math" in sys.modules, sys.modules["math"] is m)
