# Module-level __getattr__ and __dir__ (PEP 562).
import pkg_lazy
print(pkg_lazy.computed, dir(pkg_lazy))
try:
    pkg_lazy.other
except AttributeError as e:
    print("AttributeError:", e)
from pkg_lazy import computed
print(computed)
try:
    from pkg_lazy import missing_name
except ImportError as e:
    print("ImportError:", type(e).__name__)
