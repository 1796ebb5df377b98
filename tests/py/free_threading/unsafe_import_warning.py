# regen: manual
# The RuntimeWarning goes to stderr with the importing line, and the program goes on with the GIL on.
import sys
import _testgilunsafe
print(sys._is_gil_enabled())
