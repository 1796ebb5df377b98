# importlib.import_module with absolute and relative names, and module objects.
import importlib
import types
m = importlib.import_module("pkg_a.util")
print(m.__name__, m.helper(1))
rel = importlib.import_module(".sub.deep", package="pkg_a")
print(rel.__name__, rel.NAME)
print(importlib.import_module("pkg_a") is importlib.import_module("pkg_a"))
try:
    importlib.import_module(".util")
except TypeError as e:
    print("TypeError:", e)
try:
    importlib.import_module("pkg_a.nope")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
mod = types.ModuleType("built", "a docstring")
mod.x = 1
print(mod.__name__, mod.__doc__, mod.x, isinstance(mod, types.ModuleType))
exec("y = x + 1", mod.__dict__)
print(mod.y)
