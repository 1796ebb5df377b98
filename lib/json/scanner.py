"""The JSON token scanner (kept as a module for code that imports
json.scanner.make_scanner to build custom decoders)."""

from .decoder import make_scanner

py_make_scanner = make_scanner
c_make_scanner = None

__all__ = ['make_scanner']
