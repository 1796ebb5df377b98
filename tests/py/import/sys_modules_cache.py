# sys.modules caches modules; removing an entry forces re-execution; importlib.reload re-runs.
import sys
import importlib
print("pkg_counter" in sys.modules)
import pkg_counter
pkg_counter.count += 1
import pkg_counter
print(pkg_counter.count, sys.modules["pkg_counter"] is pkg_counter)
reloaded = importlib.reload(pkg_counter)
print(reloaded is pkg_counter, pkg_counter.count)
pkg_counter.count = 5
del sys.modules["pkg_counter"]
import pkg_counter as fresh
print(fresh.count, fresh is reloaded)
sys.modules["fake_module"] = type(sys)("fake_module")
sys.modules["fake_module"].value = 42
import fake_module
print(fake_module.value, fake_module.__name__, type(fake_module).__name__)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print("ImportError:", e)
print(__name__, sys.modules["__main__"].__name__, "__main__" in sys.modules)
