# Importing a helper module: its __name__ is the module name, not __main__.
import _helper_mod
print(_helper_mod.greet(), _helper_mod.__name__)
if __name__ == "__main__":
    print("this test runs as __main__")
import sys
print(sys.argv[0].endswith("main_guard_and_helpers.py"), len(sys.argv))
