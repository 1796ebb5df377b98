# sys module: deterministic attributes and functions.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), type(sys.version).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform.startswith("linux"), sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf, sys.int_info.bits_per_digit in (15, 30), sys.maxunicode)
print(sys.argv[0].endswith("basics.py"), sys.argv[1:], sys.path[0].endswith("modules/sys"))
print(sys.getrecursionlimit(), sys.getdefaultencoding(), sys.stdout.encoding.lower().replace("-", ""), sys.implementation.name in ("cpython", "gilt"))
n = sys.stdout.write("written via sys.stdout.write\n")
print(n)
sys.stdout.writelines(["a\n", "b\n"])
print(sys.intern("interned") == "interned", sys.exc_info(), sys.stdin is sys.__stdin__)
print(isinstance(sys.modules, dict), "sys" in sys.modules, "builtins" in sys.builtin_module_names)
print(sys.flags.optimize, sys.dont_write_bytecode in (True, False), callable(sys.exit), callable(sys.getsizeof))
def f():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name
print(f())
